import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { listFiles, readCourseFiles, readCourseFolder } from './read';
import { validateCourseDocument } from './validate';
import { findNonCanonicalFiles, serializeCourse, serializeTrack, writeCourseFolder } from './write';

const COURSE_DIR = path.join(__dirname, '../../test/fixtures/curricula/courses/measuring-models');

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'curriculum-write-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('writing a course', () => {
  it('round-trips the fixture course byte for byte', async () => {
    const { document, issues } = await readCourseFolder(COURSE_DIR);
    expect(issues).toEqual([]);
    const target = path.join(work, 'measuring-models');
    await writeCourseFolder(document, target);
    const written = await listFiles(target);
    expect([...written.keys()]).toEqual([...(await listFiles(COURSE_DIR)).keys()]);
    const again = await readCourseFolder(target);
    expect(again.issues).toEqual([]);
    expect(again.document).toEqual(document);
    const twice = serializeCourse(again.document);
    for (const [file, bytes] of serializeCourse(document)) expect(Buffer.from(twice.get(file)!).equals(Buffer.from(bytes))).toBe(true);
  });

  it('keeps hidden parts apart from what learners see', async () => {
    const { document } = await readCourseFolder(COURSE_DIR);
    const quiz = document.exercises.find((e) => e.kind === 'quiz')!;
    expect(JSON.stringify(quiz.public)).not.toMatch(/"correct"|"feedback"|"accept"|"answer"/);
    expect(quiz.hidden.questions[0].options!.map((o) => o.correct)).toEqual([false, true]);
    const python = document.exercises.find((e) => e.kind === 'python')!;
    expect(Object.keys(python.public).sort()).toEqual(['memoryMb', 'prompt', 'starter', 'timeLimitSeconds', 'title']);
    const prediction = document.exercises.find((e) => e.kind === 'prediction')!;
    expect(Object.keys(prediction.hidden).sort()).toEqual(['labels', 'solution', 'wrong']);
    expect(prediction.kind === 'prediction' && prediction.public.train.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('writes canonical YAML: fixed key order, block style, LF and one final newline', async () => {
    const { document } = await readCourseFolder(COURSE_DIR);
    const shuffled = { ...document, modules: document.modules, licence: document.licence, slug: document.slug };
    const text = Buffer.from(serializeCourse(shuffled).get('course.yaml')!).toString();
    expect(text.split('\n').slice(0, 3)).toEqual(['slug: measuring-models', 'title: Measuring Models', expect.stringMatching(/^summary: /)]);
    expect(text).toContain('tags: [evaluation, metrics]\n');
    expect(text).toContain('modules:\n  - slug: counting-mistakes\n');
    expect(text.endsWith('\n') && !text.endsWith('\n\n') && !text.includes('\r')).toBe(true);
    expect(Buffer.from(serializeTrack({ courses: ['a-b'], language: 'en', summary: 'S', title: 'T', slug: 'abc' })).toString()).toBe(
      'slug: abc\ntitle: T\nsummary: S\nlanguage: en\ncourses: [a-b]\n',
    );
  });

  it('reports files that are not in canonical form', async () => {
    const target = path.join(work, 'measuring-models');
    const { document } = await readCourseFolder(COURSE_DIR);
    await writeCourseFolder(document, target);
    expect(await findNonCanonicalFiles(target, document)).toEqual([]);
    const yamlFile = path.join(target, 'exercises/mean-and-spread/exercise.yaml');
    await writeFile(yamlFile, (await readFile(yamlFile, 'utf8')).replace('title: Mean and spread', 'title: "Mean and spread"'));
    const reread = await readCourseFolder(target);
    expect(reread.issues).toEqual([]);
    // The quoted title is the same model; only its formatting is not canonical.
    expect(reread.document.exercises).toEqual(document.exercises);
    expect(await findNonCanonicalFiles(target, reread.document)).toEqual([{ file: 'exercises/mean-and-spread/exercise.yaml', problem: 'differs' }]);
  });

  it('replaces an existing course folder and refuses any other folder', async () => {
    const { document } = await readCourseFolder(COURSE_DIR);
    const target = path.join(work, 'measuring-models');
    await writeCourseFolder(document, target);
    await writeFile(path.join(target, 'lessons/stale.md'), 'old\n');
    await writeCourseFolder(document, target);
    expect((await listFiles(target)).has('lessons/stale.md')).toBe(false);
    const other = path.join(work, 'other');
    await mkdir(other);
    await writeFile(path.join(other, 'keep.txt'), 'mine\n');
    await expect(writeCourseFolder(document, other)).rejects.toThrow(/neither empty nor a course folder/);
  });
});

describe('validateCourseDocument (content from the API)', () => {
  it('accepts the fixture model and names file and field path, without lines', async () => {
    const files = await listFiles(COURSE_DIR);
    const { document } = readCourseFiles('measuring-models', files);
    expect(validateCourseDocument(document)).toEqual([]);
    const quiz = document.exercises.find((e) => e.kind === 'quiz')!;
    if (quiz.kind !== 'quiz') throw new Error('fixture changed');
    const broken = {
      ...document,
      estimatedHours: 0,
      exercises: document.exercises.map((e) => (e === quiz ? { ...quiz, hidden: { ...quiz.hidden, questions: quiz.hidden.questions.map((k, i) => (i === 1 ? { ...k, tolerance: -2 } : k)) } } : e)),
    };
    expect(validateCourseDocument(broken)).toEqual([
      { file: 'course.yaml', field: 'estimatedHours', message: 'must be a number ≥ 0.5 and ≤ 200 (got 0)' },
      { file: 'exercises/confusion-matrix-quiz/exercise.yaml', field: 'questions[1].tolerance', message: 'must be a number ≥ 0 (got -2)' },
      // A negative tolerance accepts nothing, so the reference solution no longer passes either.
      { file: 'exercises/confusion-matrix-quiz/solution.yaml', field: '', message: 'the solution scores 0.667, below passScore 0.7 (wrong: q2)' },
    ]);
  });

  it('reports values of the wrong type instead of throwing', () => {
    const issues = validateCourseDocument({ slug: 'abc', modules: 'none', lessons: [{ slug: 'x' }], exercises: [{ slug: 'e-one', kind: 'quiz' }], dataFiles: [] } as never);
    expect(issues).toEqual(
      expect.arrayContaining([
        { file: 'course.yaml', field: 'title', message: 'is required' },
        { file: 'course.yaml', field: 'modules', message: 'must be a list' },
        { file: 'lessons/x.md', field: 'slug', message: expect.stringMatching(/3–64 characters/) },
        { file: 'exercises/e-one/exercise.yaml', field: 'public', message: 'is required' },
      ]),
    );
  });
});
