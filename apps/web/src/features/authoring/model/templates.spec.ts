import { describe, expect, it } from 'vitest';
import { keepEdits, readEdits, forgetEdits, sameFiles } from './draft-storage';
import { EXERCISE_KINDS, exerciseTemplate, lessonTemplate } from './templates';

describe('file templates', () => {
  it('creates a lesson with every front-matter key', () => {
    const [file] = lessonTemplate('numpy-arrays');
    expect(file.path).toBe('lessons/numpy-arrays.md');
    for (const key of ['title:', 'objectives:', 'minutes:', 'prerequisites:', 'models:', 'glossary:', 'check:', 'summary:']) expect(file.content).toContain(`\n${key}`);
    expect(file.content).toContain('```python example');
    expect(file.content.endsWith('\n')).toBe(true);
  });

  it.each(EXERCISE_KINDS)('creates the files of a %s exercise', (kind) => {
    const files = exerciseTemplate('first-try', kind);
    const names = files.map((f) => f.path.replace('exercises/first-try/', ''));
    expect(names).toContain('exercise.yaml');
    expect(names).toContain('prompt.md');
    expect(files.find((f) => f.path.endsWith('exercise.yaml'))?.content).toContain(`kind: ${kind}`);
    const expected = { quiz: ['solution.yaml', 'wrong.yaml'], python: ['starter.py', 'solution.py', 'wrong.py', 'cases.yaml'], prediction: ['train.csv', 'test.csv', 'labels.csv', 'solution.csv', 'wrong.csv'] }[kind];
    expect(names).toEqual(expect.arrayContaining(expected));
    for (const f of files) expect(f.content.endsWith('\n')).toBe(true);
  });
});

describe('unsaved edits in localStorage', () => {
  const files = [{ path: 'course.yaml', content: 'slug: abc\n', encoding: 'utf8' }];

  it('keeps, reads and forgets them per course', () => {
    keepEdits('abc', files, new Date('2026-03-01T10:00:00Z'));
    expect(readEdits('abc')).toEqual({ files, keptAt: '2026-03-01T10:00:00.000Z' });
    expect(readEdits('other')).toBeNull();
    forgetEdits('abc');
    expect(readEdits('abc')).toBeNull();
  });

  it('ignores what it cannot read', () => {
    localStorage.setItem('sankofa.authoring.unsaved.abc', '{not json');
    expect(readEdits('abc')).toBeNull();
    localStorage.setItem('sankofa.authoring.unsaved.abc', JSON.stringify({ files: [{ path: 1 }], keptAt: 'x' }));
    expect(readEdits('abc')).toBeNull();
  });

  it('compares files by path and content, in any order', () => {
    const two = [...files, { path: 'lessons/a.md', content: 'x\n', encoding: 'utf8' }];
    expect(sameFiles(two, [...two].reverse())).toBe(true);
    expect(sameFiles(two, files)).toBe(false);
    expect(sameFiles(files, [{ ...files[0], content: 'slug: abd\n' }])).toBe(false);
  });
});
