import { parseCsv } from './csv';
import { pythonExamples, rawHtmlLines, scanFencedBlocks } from './markdown';
import type { QuizExercise } from './model';
import { normalizeQuizText, scoreQuiz } from './scoring';
import { decodeText, splitFrontMatter } from './text';
import { pythonFunctionNames } from './validate';

describe('fence scanner', () => {
  it('finds fenced blocks with their info string and line', () => {
    const md = 'Intro\n\n```python example\nprint(1)\n```\n\n~~~~text\n```\nnot a fence end\n~~~~\n\n  ```python example\n  x = 1\n  ```\n';
    expect(scanFencedBlocks(md)).toEqual([
      { info: 'python example', code: 'print(1)\n', line: 3 },
      { info: 'text', code: '```\nnot a fence end\n', line: 7 },
      { info: 'python example', code: 'x = 1\n', line: 12 },
    ]);
    expect(pythonExamples('```python\nx\n```\n```python example \ny\n```\n`````python example\n')).toEqual([
      { info: 'python example', code: 'y\n', line: 4 },
      { info: 'python example', code: '', line: 7 },
    ]);
  });

  it('finds raw HTML outside code only', () => {
    expect(rawHtmlLines('a <b>bold</b>\n`<i>` is fine\n```\n<div>\n```\n    <span>\n$a < b$ and $c > d$\n<!-- note -->\n')).toEqual([1, 8]);
  });
});

describe('CSV reader', () => {
  it('reads quoted fields, CRLF and a BOM', () => {
    expect(parseCsv('\ufeffid,text\r\n1,"a, ""b"""\r\n2,"two\nlines"\n')).toEqual({ header: ['id', 'text'], rows: [['1', 'a, "b"'], ['2', 'two\nlines']] });
  });
  it('rejects ragged rows, open quotes and empty files', () => {
    expect(() => parseCsv('a,b\n1\n')).toThrow('row 2 has 1 fields, the header has 2');
    expect(() => parseCsv('a\n"open\n')).toThrow('not closed');
    expect(() => parseCsv('')).toThrow('empty');
  });
});

describe('quiz scoring', () => {
  const quiz: QuizExercise = {
    slug: 'q',
    kind: 'quiz',
    public: {
      title: 'Q',
      prompt: 'P',
      questions: [
        { id: 'm', type: 'multiple', prompt: '?', points: 2, options: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }] },
        { id: 't', type: 'text', prompt: '?' },
        { id: 'd', type: 'text', prompt: '?' },
      ],
    },
    hidden: {
      questions: [
        { id: 'm', options: [{ id: 'a', correct: true, feedback: '' }, { id: 'b', correct: false, feedback: '' }, { id: 'c', correct: true, feedback: '' }] },
        { id: 't', accept: ['Ọmọ'], keepDiacritics: true },
        { id: 'd', accept: ['Ọmọ'], keepDiacritics: false },
      ],
      solution: {},
      wrong: {},
    },
  };
  it('gives points for exact answers, weighted by points', () => {
    expect(scoreQuiz(quiz, { m: ['c', 'a'], t: '  ọmọ ', d: 'omo' })).toMatchObject({ score: 1, earned: 4, total: 4 });
    expect(scoreQuiz(quiz, { m: ['a'], t: 'omo', d: 'OMO' })).toMatchObject({ earned: 1, correct: { m: false, t: false, d: true } });
  });
  it('normalizes text answers: NFC, spaces, case; diacritics only when asked', () => {
    expect(normalizeQuizText(' O\u0323mo\u0323   Yoruba ')).toBe('ọmọ yoruba');
    expect(normalizeQuizText('Ọmọ', false)).toBe('omo');
  });
});

describe('text files and front matter', () => {
  it('splits front matter and reports lines of the file', () => {
    const split = splitFrontMatter('---\ntitle: A\nminutes: 5\n---\n\n\n## Body\n');
    expect(split.body).toBe('## Body\n');
    expect(split.bodyLine).toBe(7);
    expect(split.yaml!.lineOf(['minutes'])).toBe(3);
  });
  it('checks UTF-8, LF, NFC and the final newline', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(decodeText(enc('ok\n')).problems).toEqual([]);
    expect(decodeText(enc('a\r\nb\n')).problems.map((p) => p.message)).toEqual(['has CR line endings; use LF only']);
    expect(decodeText(enc('a\n\n')).problems[0].message).toMatch(/exactly one newline/);
    expect(decodeText(enc('x\ne\u0301\n')).problems).toEqual([{ line: 2, message: 'is not in Unicode NFC form' }]);
  });
  it('finds top-level function names in Python', () => {
    expect([...pythonFunctionNames('def a(x):\n    def inner():\n        pass\nasync def b():\n    pass\nclass C:\n    def m(self): pass\n')]).toEqual(['a', 'b']);
  });
});
