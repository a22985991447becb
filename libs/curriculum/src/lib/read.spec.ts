import * as path from 'node:path';
import type { ValidationIssue } from './issues';
import { listFiles, readCourseFiles, readCurriculaFolder, readTrackText } from './read';

const FIXTURES = path.join(__dirname, '../../test/fixtures/curricula');
const COURSE_DIR = path.join(FIXTURES, 'courses/measuring-models');
const SLUG = 'measuring-models';
const QUIZ = 'exercises/confusion-matrix-quiz';
const PY = 'exercises/mean-and-spread';
const PRED = 'exercises/irrigation-needed';
const LESSON = 'lessons/accuracy-and-precision.md';

let pristine: Map<string, Uint8Array>;
beforeAll(async () => {
  pristine = await listFiles(COURSE_DIR);
});

type Edit = Record<string, ((text: string) => string) | null | string>;

/** The valid fixture course with some files changed (function), replaced (string) or removed (null). */
function readEdited(edit: Edit, folder = SLUG) {
  const files = new Map(pristine);
  for (const [file, change] of Object.entries(edit)) {
    if (change === null) files.delete(file);
    else if (typeof change === 'string') files.set(file, new TextEncoder().encode(change));
    else {
      const before = Buffer.from(files.get(file)!).toString('utf8');
      const after = change(before);
      if (after === before) throw new Error(`the edit of ${file} changed nothing`);
      files.set(file, new TextEncoder().encode(after));
    }
  }
  return readCourseFiles(folder, files);
}

const sub = (from: string | RegExp, to: string) => (text: string) => text.replace(from, to);

function expectIssue(issues: ValidationIssue[], want: { file: string; line?: number; field: string; message: RegExp }) {
  const hit = issues.find((i) => i.file === want.file && i.field === want.field && want.message.test(i.message) && (want.line === undefined || i.line === want.line));
  if (!hit) throw new Error(`expected ${JSON.stringify({ ...want, message: String(want.message) })}\ngot:\n${issues.map((i) => JSON.stringify(i)).join('\n')}`);
}

describe('the fixture course', () => {
  it('is valid', () => {
    expect(readEdited({}).issues).toEqual([]);
  });
});

// One bad fixture per rule: [rule, edit, expected issue].
const RULES: [string, Edit, { file: string; line?: number; field: string; message: RegExp }][] = [
  // course.yaml
  ['course slug shape', { 'course.yaml': sub('slug: measuring-models', 'slug: Measuring_Models') }, { file: 'course.yaml', line: 1, field: 'slug', message: /kebab-case/ }],
  ['course slug equals folder', { 'course.yaml': sub('slug: measuring-models', 'slug: other-name') }, { file: 'course.yaml', line: 1, field: 'slug', message: /folder name "measuring-models"/ }],
  ['title length', { 'course.yaml': sub(/^title: .*$/m, `title: ${'x'.repeat(121)}`) }, { file: 'course.yaml', line: 2, field: 'title', message: /at most 120 characters/ }],
  ['summary required', { 'course.yaml': sub(/^summary: .*\n/m, '') }, { file: 'course.yaml', field: 'summary', message: /is required/ }],
  ['summary length', { 'course.yaml': sub(/^summary: .*$/m, `summary: ${'y'.repeat(501)}`) }, { file: 'course.yaml', line: 3, field: 'summary', message: /at most 500/ }],
  ['language is BCP 47', { 'course.yaml': sub('language: en', 'language: English') }, { file: 'course.yaml', line: 4, field: 'language', message: /BCP 47/ }],
  ['level enum', { 'course.yaml': sub('level: beginner', 'level: expert') }, { file: 'course.yaml', line: 5, field: 'level', message: /one of beginner, intermediate, advanced/ }],
  ['estimatedHours range', { 'course.yaml': sub('estimatedHours: 1.5', 'estimatedHours: 500') }, { file: 'course.yaml', line: 6, field: 'estimatedHours', message: /≤ 200/ }],
  ['estimatedHours type', { 'course.yaml': sub('estimatedHours: 1.5', 'estimatedHours: six') }, { file: 'course.yaml', line: 6, field: 'estimatedHours', message: /must be a number/ }],
  ['at most 12 tags', { 'course.yaml': sub('tags: [evaluation, metrics]', `tags: [${Array.from({ length: 13 }, (_, i) => `t${i}`).join(', ')}]`) }, { file: 'course.yaml', line: 7, field: 'tags', message: /at most 12/ }],
  ['tags are kebab-case', { 'course.yaml': sub('tags: [evaluation, metrics]', 'tags: [evaluation, Big Data]') }, { file: 'course.yaml', line: 7, field: 'tags[1]', message: /kebab-case/ }],
  ['instructors are e-mails', { 'course.yaml': sub('instructor@demo.sankofa.local', 'not-an-email') }, { file: 'course.yaml', line: 8, field: 'instructors[0]', message: /e-mail/ }],
  ['licence is an SPDX id', { 'course.yaml': sub('licence: CC-BY-SA-4.0', 'licence: CC BY SA') }, { file: 'course.yaml', line: 9, field: 'licence', message: /SPDX/ }],
  ['translation required with translationOf', { 'course.yaml': (t) => `${t}translationOf: other-course\n` }, { file: 'course.yaml', field: 'translation', message: /required when translationOf/ }],
  ['translation only with translationOf', { 'course.yaml': (t) => `${t}translation:\n  by: Ada\n  reviewed: false\n` }, { file: 'course.yaml', line: 18, field: 'translation', message: /only with translationOf/ }],
  ['translation.reviewed is a boolean', { 'course.yaml': (t) => `${t}translationOf: other-course\ntranslation:\n  by: Ada\n  reviewed: maybe\n` }, { file: 'course.yaml', line: 21, field: 'translation.reviewed', message: /true or false/ }],
  ['unknown course field', { 'course.yaml': (t) => `${t}colour: blue\n` }, { file: 'course.yaml', line: 18, field: 'colour', message: /not a field of the format/ }],
  ['modules required', { 'course.yaml': (t) => t.slice(0, t.indexOf('modules:')) + 'modules: []\n' }, { file: 'course.yaml', line: 10, field: 'modules', message: /at least 1/ }],
  ['module item exists', { 'course.yaml': sub('exercise: mean-and-spread', 'exercise: mean-and-spreads') }, { file: 'course.yaml', line: 16, field: 'modules[0].items[2].exercise', message: /no exercise folder exercises\/mean-and-spreads/ }],
  ['every lesson listed', { 'course.yaml': sub('      - lesson: accuracy-and-precision\n', '') }, { file: LESSON, line: 1, field: '', message: /not listed in the modules/ }],
  ['every exercise listed', { 'course.yaml': sub('      - exercise: irrigation-needed\n', '') }, { file: `${PRED}/exercise.yaml`, line: 1, field: '', message: /not listed/ }],
  ['listed once', { 'course.yaml': (t) => `${t}      - lesson: accuracy-and-precision\n` }, { file: 'course.yaml', line: 18, field: 'modules[0].items[4].lesson', message: /more than once/ }],
  ['item has one kind', { 'course.yaml': sub('      - lesson: accuracy-and-precision\n', '      - lesson: accuracy-and-precision\n        exercise: mean-and-spread\n') }, { file: 'course.yaml', line: 14, field: 'modules[0].items[0]', message: /exactly one of/ }],
  ['module slug shape', { 'course.yaml': sub('slug: counting-mistakes', 'slug: Counting') }, { file: 'course.yaml', line: 11, field: 'modules[0].slug', message: /kebab-case/ }],
  ['YAML syntax', { 'course.yaml': (t) => `${t}broken: [a, b\n` }, { file: 'course.yaml', line: 19, field: '', message: /flow sequence|Flow sequence|must/i }],
  ['duplicate YAML keys', { 'course.yaml': (t) => `${t}title: Again\n` }, { file: 'course.yaml', line: 18, field: '', message: /unique/ }],
  ['course.yaml required', { 'course.yaml': null }, { file: 'course.yaml', line: 1, field: '', message: /is required/ }],

  // lessons
  ['2–4 objectives', { [LESSON]: sub('  - Compute precision from true and false positives\n', '') }, { file: LESSON, line: 3, field: 'objectives', message: /at least 2/ }],
  ['minutes range', { [LESSON]: sub('minutes: 15', 'minutes: 0') }, { file: LESSON, line: 6, field: 'minutes', message: /≥ 1/ }],
  ['prerequisites resolve in the course', { [LESSON]: sub('prerequisites: []', 'prerequisites: [no-such-lesson]') }, { file: LESSON, line: 7, field: 'prerequisites[0]', message: /no lesson "no-such-lesson"/ }],
  ['prerequisite shape', { [LESSON]: sub('prerequisites: []', 'prerequisites: [a/b/c]') }, { file: LESSON, line: 7, field: 'prerequisites[0]', message: /<course-slug>\/<lesson-slug>/ }],
  ['not its own prerequisite', { [LESSON]: sub('prerequisites: []', 'prerequisites: [accuracy-and-precision]') }, { file: LESSON, line: 7, field: 'prerequisites[0]', message: /its own prerequisite/ }],
  ['models are catalog slugs', { [LESSON]: sub('models: []', 'models: [Llama 3]') }, { file: LESSON, line: 8, field: 'models[0]', message: /catalog slug/ }],
  ['glossary definition', { [LESSON]: sub(/ {4}definition: .*\n/, '') }, { file: LESSON, line: 10, field: 'glossary[0].definition', message: /is required/ }],
  ['check required', { [LESSON]: sub(/check:\n.*\n.*\n/, '') }, { file: LESSON, field: 'check', message: /is required/ }],
  ['check answer required', { [LESSON]: sub(/ {2}answer: .*\n/, '') }, { file: LESSON, line: 12, field: 'check.answer', message: /is required/ }],
  ['summary has 3 lines', { [LESSON]: sub('  - Always compare a model with a simple baseline.\n', '') }, { file: LESSON, line: 15, field: 'summary', message: /exactly 3 items/ }],
  ['worked example required', { [LESSON]: (t) => t.replaceAll('```python example', '```python') }, { file: LESSON, line: 21, field: 'body', message: /python example/ }],
  ['no raw HTML', { [LESSON]: sub('## Precision\n', '## Precision\n\n<div>boxed</div>\n') }, { file: LESSON, line: 34, field: 'body', message: /raw HTML/ }],
  ['front matter required', { [LESSON]: (t) => t.slice(t.indexOf('## Accuracy')) }, { file: LESSON, line: 1, field: '', message: /front matter/ }],
  ['unknown lesson field', { [LESSON]: sub('minutes: 15\n', 'minutes: 15\nauthor: Ada\n') }, { file: LESSON, line: 7, field: 'author', message: /not a field/ }],

  // text-file rules
  ['LF line endings', { [LESSON]: (t) => t.replace(/\n/g, '\r\n') }, { file: LESSON, line: 1, field: '', message: /CR line endings/ }],
  ['final newline', { [`${QUIZ}/prompt.md`]: (t) => t.trimEnd() }, { file: `${QUIZ}/prompt.md`, line: 1, field: '', message: /end with a newline/ }],
  ['one final newline', { [`${QUIZ}/prompt.md`]: (t) => `${t}\n\n` }, { file: `${QUIZ}/prompt.md`, field: '', message: /exactly one newline/ }],
  ['NFC', { [`${QUIZ}/prompt.md`]: (t) => `${t}Ọ̀rọ̀ e\u0301\n` }, { file: `${QUIZ}/prompt.md`, line: 2, field: '', message: /NFC/ }],
  ['unexpected file', { 'notes.txt': 'hello\n' }, { file: 'notes.txt', line: 1, field: '', message: /not part of the course format/ }],

  // quiz
  ['single has exactly one correct option', { [`${QUIZ}/exercise.yaml`]: sub('correct: false', 'correct: true') }, { file: `${QUIZ}/exercise.yaml`, line: 8, field: 'questions[0].options', message: /exactly one correct option \(has 2\)/ }],
  ['question ids unique', { [`${QUIZ}/exercise.yaml`]: sub('id: q2', 'id: q1') }, { file: `${QUIZ}/exercise.yaml`, line: 17, field: 'questions[1].id', message: /more than once/ }],
  ['option ids unique', { [`${QUIZ}/exercise.yaml`]: sub('- id: b', '- id: a') }, { file: `${QUIZ}/exercise.yaml`, line: 13, field: 'questions[0].options[1].id', message: /more than once/ }],
  ['question type enum', { [`${QUIZ}/exercise.yaml`]: sub('type: text', 'type: essay') }, { file: `${QUIZ}/exercise.yaml`, line: 26, field: 'questions[2].type', message: /one of single, multiple, numeric, text/ }],
  ['numeric tolerance ≥ 0', { [`${QUIZ}/exercise.yaml`]: sub('tolerance: 0.001', 'tolerance: -1') }, { file: `${QUIZ}/exercise.yaml`, line: 21, field: 'questions[1].tolerance', message: /≥ 0/ }],
  ['numeric answer', { [`${QUIZ}/exercise.yaml`]: sub('answer: 0.8', 'answer: eight') }, { file: `${QUIZ}/exercise.yaml`, line: 20, field: 'questions[1].answer', message: /must be a number/ }],
  ['option feedback', { [`${QUIZ}/exercise.yaml`]: sub(/ {8}feedback: Accuracy counts.*\n/, '') }, { file: `${QUIZ}/exercise.yaml`, line: 9, field: 'questions[0].options[0].feedback', message: /is required/ }],
  ['2–8 options', { [`${QUIZ}/exercise.yaml`]: sub(/ {6}- id: a\n(.*\n){3}/, '') }, { file: `${QUIZ}/exercise.yaml`, line: 8, field: 'questions[0].options', message: /at least 2/ }],
  ['text accept', { [`${QUIZ}/exercise.yaml`]: sub('accept: [omi]', 'accept: []') }, { file: `${QUIZ}/exercise.yaml`, line: 28, field: 'questions[2].accept', message: /at least 1/ }],
  ['fields of the type', { [`${QUIZ}/exercise.yaml`]: sub('accept: [omi]', 'accept: [omi]\n    answer: 3') }, { file: `${QUIZ}/exercise.yaml`, field: 'questions[2].answer', message: /not used by text questions/ }],
  ['passScore 0–1', { [`${QUIZ}/exercise.yaml`]: sub('passScore: 0.7', 'passScore: 70') }, { file: `${QUIZ}/exercise.yaml`, line: 3, field: 'passScore', message: /≤ 1/ }],
  ['solution passes', { [`${QUIZ}/solution.yaml`]: sub('q1: b', 'q1: a') }, { file: `${QUIZ}/solution.yaml`, line: 1, field: '', message: /below passScore/ }],
  ['wrong fails', { [`${QUIZ}/wrong.yaml`]: 'q1: b\nq2: 0.8\nq3: Omi\n' }, { file: `${QUIZ}/wrong.yaml`, line: 1, field: '', message: /must fail/ }],
  ['answers name questions', { [`${QUIZ}/solution.yaml`]: (t) => `${t}q9: a\n` }, { file: `${QUIZ}/solution.yaml`, line: 4, field: 'q9', message: /no question "q9"/ }],
  ['answers name options', { [`${QUIZ}/solution.yaml`]: sub('q1: b', 'q1: z') }, { file: `${QUIZ}/solution.yaml`, line: 1, field: 'q1', message: /one option id/ }],
  ['solution answers all', { [`${QUIZ}/solution.yaml`]: sub('q3: omi\n', '') }, { file: `${QUIZ}/solution.yaml`, field: 'q3', message: /every question/ }],
  ['quiz files', { [`${QUIZ}/wrong.yaml`]: null }, { file: `${QUIZ}/wrong.yaml`, line: 1, field: '', message: /required for a quiz/ }],

  // python
  ['exactly one expectation', { [`${PY}/cases.yaml`]: sub('    raises: ValueError', '    raises: ValueError\n    value: 1') }, { file: `${PY}/cases.yaml`, line: 11, field: '[1].expect', message: /exactly one of value, raises or check \(has value, raises\)/ }],
  ['case tolerance ≥ 0', { [`${PY}/cases.yaml`]: sub('tolerance: 0.000001', 'tolerance: -0.1') }, { file: `${PY}/cases.yaml`, line: 6, field: '[0].expect.tolerance', message: /must be a number ≥ 0/ }],
  ['case names unique', { [`${PY}/cases.yaml`]: sub('name: empty list is an error', 'name: mean of three numbers') }, { file: `${PY}/cases.yaml`, line: 8, field: '[1].name', message: /more than once/ }],
  ['checks exist in checks.py', { [`${PY}/cases.yaml`]: sub('check: is_sorted_copy', 'check: is_sorted') }, { file: `${PY}/cases.yaml`, line: 17, field: '[2].expect.check', message: /checks.py defines no function is_sorted/ }],
  ['checks.py present', { [`${PY}/checks.py`]: null }, { file: `${PY}/cases.yaml`, line: 17, field: '[2].expect.check', message: /no checks.py/ }],
  ['call defined by the solution', { [`${PY}/cases.yaml`]: sub('call: tidy', 'call: tidy_up') }, { file: `${PY}/cases.yaml`, line: 14, field: '[2].call', message: /no top-level function tidy_up/ }],
  ['raises names an exception', { [`${PY}/cases.yaml`]: sub('raises: ValueError', 'raises: a value error') }, { file: `${PY}/cases.yaml`, line: 12, field: '[1].expect.raises', message: /exception name/ }],
  ['tolerance only with value', { [`${PY}/cases.yaml`]: sub('    raises: ValueError', '    raises: ValueError\n    tolerance: 0.1') }, { file: `${PY}/cases.yaml`, line: 13, field: '[1].expect.tolerance', message: /only with value/ }],
  ['unknown case field', { [`${PY}/cases.yaml`]: sub('  hint:', '  hnit:') }, { file: `${PY}/cases.yaml`, line: 7, field: '[0].hnit', message: /not a field/ }],
  ['time limit ≤ 30', { [`${PY}/exercise.yaml`]: sub('timeLimitSeconds: 5', 'timeLimitSeconds: 60') }, { file: `${PY}/exercise.yaml`, line: 3, field: 'timeLimitSeconds', message: /≤ 30/ }],
  ['memory ≤ 1024', { [`${PY}/exercise.yaml`]: sub('memoryMb: 256', 'memoryMb: 4096') }, { file: `${PY}/exercise.yaml`, line: 4, field: 'memoryMb', message: /≤ 1024/ }],
  ['maxAttempts a whole number ≥ 1', { [`${PY}/exercise.yaml`]: sub('memoryMb: 256', 'memoryMb: 256\nmaxAttempts: 0.5') }, { file: `${PY}/exercise.yaml`, line: 5, field: 'maxAttempts', message: /whole number|≥ 1/ }],
  ['python files', { [`${PY}/starter.py`]: null }, { file: `${PY}/starter.py`, line: 1, field: '', message: /required for a python exercise/ }],
  ['kind enum', { [`${PY}/exercise.yaml`]: sub('kind: python', 'kind: essay') }, { file: `${PY}/exercise.yaml`, line: 2, field: 'kind', message: /one of quiz, python, prediction/ }],
  ['files of the kind', { [`${PY}/train.csv`]: 'a\n1\n' }, { file: `${PY}/train.csv`, line: 1, field: '', message: /not a file of a python exercise/ }],

  // prediction
  ['metric enum', { [`${PRED}/exercise.yaml`]: sub('metric: accuracy', 'metric: f1') }, { file: `${PRED}/exercise.yaml`, line: 3, field: 'metric', message: /one of accuracy, macro_f1/ }],
  ['publicFraction in (0,1)', { [`${PRED}/exercise.yaml`]: sub('publicFraction: 0.3', 'publicFraction: 1') }, { file: `${PRED}/exercise.yaml`, line: 6, field: 'publicFraction', message: /< 1/ }],
  ['passScore beats the baseline', { [`${PRED}/exercise.yaml`]: sub('passScore: 0.8', 'passScore: 0.6') }, { file: `${PRED}/exercise.yaml`, line: 10, field: 'passScore', message: /beat the baseline/ }],
  ['positiveLabel for roc_auc', { [`${PRED}/exercise.yaml`]: sub('metric: accuracy', 'metric: roc_auc') }, { file: `${PRED}/exercise.yaml`, field: 'positiveLabel', message: /is required/ }],
  ['positiveLabel is a label', { [`${PRED}/exercise.yaml`]: sub('metric: accuracy', 'metric: roc_auc\npositiveLabel: "1"') }, { file: `${PRED}/exercise.yaml`, line: 4, field: 'positiveLabel', message: /not a label in labels.csv/ }],
  ['positiveLabel only for probabilities', { [`${PRED}/exercise.yaml`]: sub('metric: accuracy', 'metric: accuracy\npositiveLabel: "yes"') }, { file: `${PRED}/exercise.yaml`, line: 4, field: 'positiveLabel', message: /only by roc_auc and log_loss/ }],
  ['deadline is a UTC instant', { [`${PRED}/exercise.yaml`]: (t) => `${t}deadline: next June\n` }, { file: `${PRED}/exercise.yaml`, line: 11, field: 'deadline', message: /UTC date/ }],
  ['target column in train.csv', { [`${PRED}/exercise.yaml`]: sub('targetColumn: irrigate', 'targetColumn: water') }, { file: `${PRED}/train.csv`, line: 1, field: 'header', message: /no target column "water"/ }],
  ['id column in test.csv', { [`${PRED}/exercise.yaml`]: sub('idColumn: id', 'idColumn: row') }, { file: `${PRED}/test.csv`, line: 1, field: 'header', message: /no id column "row"/ }],
  ['test.csv hides the target', { [`${PRED}/test.csv`]: 'id,rain_mm,moisture,irrigate\n21,1,2,yes\n' }, { file: `${PRED}/test.csv`, line: 1, field: 'header', message: /must not contain the target/ }],
  ['labels rows = test rows', { [`${PRED}/labels.csv`]: (t) => t.split('\n').slice(0, 5).join('\n') + '\n' }, { file: `${PRED}/labels.csv`, line: 1, field: '', message: /one row per test.csv row \(4 rows for 10/ }],
  ['CSV shape', { [`${PRED}/train.csv`]: (t) => `${t}99,1\n` }, { file: `${PRED}/train.csv`, line: 1, field: '', message: /row 22 has 2 fields/ }],
  ['prediction files', { [`${PRED}/labels.csv`]: null }, { file: `${PRED}/labels.csv`, line: 1, field: '', message: /required for a prediction exercise/ }],

  // data
  ['data listed in SOURCE.md', { 'data/extra.csv': 'a,b\n1,2\n' }, { file: 'data/extra.csv', line: 1, field: '', message: /not listed in data\/SOURCE.md/ }],
  ['SOURCE.md required', { 'data/SOURCE.md': null }, { file: 'data/SOURCE.md', line: 1, field: '', message: /is required: the course ships data files/ }],
  ['data files ≤ 1 MB', { 'data/big.bin': 'x'.repeat(1024 * 1024 + 1), 'data/SOURCE.md': (t) => `${t}- \`big.bin\`: synthetic padding.\n` }, { file: 'data/big.bin', line: 1, field: '', message: /at most 1 MB/ }],
];

describe('validation rules, each with a bad fixture', () => {
  it.each(RULES)('%s', (_rule, edit, want) => {
    expectIssue(readEdited(edit).issues, want);
  });

  it('invalid UTF-8', () => {
    const files = new Map(pristine);
    files.set(`${PY}/starter.py`, new Uint8Array([0x64, 0x65, 0x66, 0xff, 0x0a]));
    expectIssue(readCourseFiles(SLUG, files).issues, { file: `${PY}/starter.py`, line: 1, field: '', message: /not valid UTF-8/ });
  });

  it('a lesson and an exercise may not share a slug', () => {
    const lesson = Buffer.from(pristine.get(LESSON)!).toString();
    const { issues } = readEdited({
      'lessons/mean-and-spread.md': lesson,
      'course.yaml': (t) => `${t}      - lesson: mean-and-spread\n`,
    });
    expectIssue(issues, { file: `${PY}/exercise.yaml`, line: 1, field: '', message: /lesson lessons\/mean-and-spread.md has the same slug/ });
  });

  it('labels.csv has exactly the id and target columns', () => {
    const { issues } = readEdited({ [`${PRED}/labels.csv`]: (t) => t.split('\n').map((l, i) => (l ? `${l},${i === 0 ? 'extra' : 'x'}` : l)).join('\n') });
    expectIssue(issues, { file: `${PRED}/labels.csv`, line: 1, field: 'header', message: /exactly the columns id,irrigate/ });
  });

  it('collects every problem instead of stopping at the first', () => {
    const { issues } = readEdited({
      'course.yaml': sub('level: beginner', 'level: expert'),
      [LESSON]: sub('minutes: 15', 'minutes: 0'),
      [`${PY}/cases.yaml`]: sub('tolerance: 0.000001', 'tolerance: -0.1'),
    });
    expect(issues.map((i) => `${i.file}:${i.line} ${i.field}`)).toEqual(
      expect.arrayContaining(['course.yaml:5 level', `${LESSON}:6 minutes`, `${PY}/cases.yaml:6 [0].expect.tolerance`]),
    );
  });
});

describe('tracks and whole curricula', () => {
  const track = (text: string) => readTrackText('tracks/sample-track.yaml', new TextEncoder().encode(text));

  it('reads the fixture curricula without issues', async () => {
    const result = await readCurriculaFolder(FIXTURES);
    expect(result.issues).toEqual([]);
    expect(result.tracks.map((t) => t.slug)).toEqual(['sample-track']);
    expect(result.courses.map((c) => c.slug)).toEqual([SLUG]);
  });

  it('checks track fields with lines', () => {
    const { issues } = track('slug: other-track\ntitle: T\nsummary: S\nlanguage: en\ncourses: []\nextra: 1\n');
    expectIssue(issues, { file: 'tracks/sample-track.yaml', line: 1, field: 'slug', message: /file name "sample-track"/ });
    expectIssue(issues, { file: 'tracks/sample-track.yaml', line: 5, field: 'courses', message: /at least 1/ });
    expectIssue(issues, { file: 'tracks/sample-track.yaml', line: 6, field: 'extra', message: /not a field/ });
  });

  it('checks what crosses courses: tracks, prerequisites and translations', async () => {
    const { crossCourseIssues } = await import('./read');
    const { document } = readEdited({});
    const translated = { ...document, slug: 'mesurer-les-modeles', language: 'en', translationOf: SLUG, translation: { by: 'Ada', reviewed: false } };
    const withPrereq = {
      ...document,
      slug: 'second-course',
      lessons: document.lessons.map((l) => ({ ...l, prerequisites: [`${SLUG}/no-such-lesson`, 'ghost-course/intro'] })),
    };
    const issues = crossCourseIssues([document, translated, withPrereq], [{ slug: 't-one', title: 'T', summary: 'S', language: 'en', courses: [SLUG, 'missing-course'] }]);
    expectIssue(issues, { file: 'tracks/t-one.yaml', field: 'courses[1]', message: /no course folder courses\/missing-course/ });
    expectIssue(issues, { file: 'courses/second-course/lessons/accuracy-and-precision.md', field: 'prerequisites[0]', message: /has no lesson "no-such-lesson"/ });
    expectIssue(issues, { file: 'courses/second-course/lessons/accuracy-and-precision.md', field: 'prerequisites[1]', message: /no course "ghost-course"/ });
    expectIssue(issues, { file: 'courses/mesurer-les-modeles/course.yaml', field: 'language', message: /differ in language/ });
  });
});
