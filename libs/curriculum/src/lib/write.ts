import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { CourseDocument, DataFile, ExerciseDocument, LessonDocument, TrackDocument } from './model';
import { COURSE_FILE, DATA_SOURCE_FILE, dataFile, exerciseFile, lessonFile } from './paths';
import { listFiles } from './read';
import { stringifyYaml } from './yaml-io';

const encoder = new TextEncoder();

/** Text as the format stores it: LF, NFC, exactly one trailing newline. */
function canonicalText(text: string): Uint8Array {
  const body = text.replace(/\r\n?/g, '\n').normalize('NFC').replace(/\s*$/, '');
  return encoder.encode(`${body}\n`);
}

/** Copies only the fields of the format, in its order, leaving absent fields out. */
function ordered(source: object, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const record = source as Record<string, unknown>;
  for (const key of keys) if (record[key] !== undefined) out[key] = record[key];
  return out;
}

const yamlBytes = (value: unknown) => canonicalText(stringifyYaml(value));

export function serializeTrack(track: TrackDocument): Uint8Array {
  return yamlBytes(ordered(track, ['slug', 'title', 'summary', 'language', 'courses']));
}

function serializeLesson(lesson: LessonDocument): Uint8Array {
  const front = ordered(
    { ...lesson, check: lesson.check && ordered(lesson.check, ['question', 'answer']), glossary: lesson.glossary?.map((g) => ordered(g, ['term', 'definition'])) },
    ['title', 'objectives', 'minutes', 'prerequisites', 'models', 'glossary', 'check', 'summary'],
  );
  return canonicalText(`---\n${stringifyYaml(front)}---\n\n${lesson.body}`);
}

function serializeExercise(ex: ExerciseDocument, put: (name: string, bytes: Uint8Array) => void): void {
  const common = { title: ex.public.title, kind: ex.kind };
  put('prompt.md', canonicalText(ex.public.prompt));
  const csv = (file: DataFile | undefined) => file && put(file.name, file.bytes);
  switch (ex.kind) {
    case 'quiz': {
      const questions = ex.public.questions.map((q, i) => {
        const key = ex.hidden.questions[i] ?? { id: q.id };
        const options = q.options?.map((o, j) => ordered({ ...o, ...ordered(key.options?.[j] ?? {}, ['correct', 'feedback']) }, ['id', 'text', 'correct', 'feedback']));
        return ordered(
          { ...q, options, answer: key.answer, tolerance: key.tolerance, accept: key.accept, keepDiacritics: key.keepDiacritics, feedback: key.feedback && ordered(key.feedback, ['correct', 'incorrect']) },
          ['id', 'type', 'prompt', 'points', 'options', 'answer', 'tolerance', 'accept', 'keepDiacritics', 'feedback'],
        );
      });
      put('exercise.yaml', yamlBytes(ordered({ ...common, passScore: ex.public.passScore, maxAttempts: ex.public.maxAttempts, questions }, ['title', 'kind', 'passScore', 'maxAttempts', 'questions'])));
      put('solution.yaml', yamlBytes(ex.hidden.solution));
      put('wrong.yaml', yamlBytes(ex.hidden.wrong));
      return;
    }
    case 'python': {
      const p = ex.public;
      put('exercise.yaml', yamlBytes(ordered({ ...common, passScore: p.passScore, maxAttempts: p.maxAttempts, timeLimitSeconds: p.timeLimitSeconds, memoryMb: p.memoryMb }, ['title', 'kind', 'passScore', 'maxAttempts', 'timeLimitSeconds', 'memoryMb'])));
      put('starter.py', canonicalText(p.starter));
      put('solution.py', canonicalText(ex.hidden.solution));
      put('wrong.py', canonicalText(ex.hidden.wrong));
      if (ex.hidden.checks !== undefined) put('checks.py', canonicalText(ex.hidden.checks));
      const cases = ex.hidden.cases.map((k) =>
        ordered({ ...k, expect: ordered(k.expect, ['value', 'tolerance', 'raises', 'check']) }, ['name', 'call', 'args', 'kwargs', 'expect', 'hint']),
      );
      put('cases.yaml', yamlBytes(cases));
      return;
    }
    case 'prediction': {
      const p = ex.public;
      put(
        'exercise.yaml',
        yamlBytes(
          ordered({ ...common, ...p, baseline: p.baseline && ordered(p.baseline, ['score', 'method']) }, [
            'title',
            'kind',
            'metric',
            'idColumn',
            'targetColumn',
            'positiveLabel',
            'publicFraction',
            'baseline',
            'passScore',
            'maxAttempts',
            'deadline',
          ]),
        ),
      );
      csv(p.train);
      csv(p.test);
      csv(ex.hidden.labels);
      csv(ex.hidden.solution);
      csv(ex.hidden.wrong);
      return;
    }
  }
}

/**
 * The course folder as files (path relative to the folder → bytes), in path order. The same
 * model always gives the same bytes, so export(import(export(x))) equals export(x).
 */
export function serializeCourse(doc: CourseDocument): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const meta = ordered(
    {
      ...doc,
      translation: doc.translation && ordered(doc.translation, ['by', 'reviewed']),
      modules: doc.modules.map((m) => ordered({ ...m, items: m.items.map((item) => ('lesson' in item ? { lesson: item.lesson } : { exercise: item.exercise })) }, ['slug', 'title', 'items'])),
    },
    ['slug', 'title', 'summary', 'language', 'level', 'estimatedHours', 'tags', 'instructors', 'licence', 'translationOf', 'translation', 'modules'],
  );
  files.set(COURSE_FILE, yamlBytes(meta));
  for (const lesson of doc.lessons) files.set(lessonFile(lesson.slug), serializeLesson(lesson));
  for (const ex of doc.exercises) serializeExercise(ex, (name, bytes) => files.set(exerciseFile(ex.slug, name), bytes));
  if (doc.dataSource !== undefined) files.set(DATA_SOURCE_FILE, canonicalText(doc.dataSource));
  for (const f of doc.dataFiles) files.set(dataFile(f.name), f.bytes);
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Writes the course into `dir` (created if missing). A folder that already holds a course is
 * replaced, so files the model no longer has disappear; any other non-empty folder is refused
 * rather than mixed with course files.
 */
export async function writeCourseFolder(doc: CourseDocument, dir: string): Promise<void> {
  const existing = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  if (existing.length > 0) {
    if (!existing.includes(COURSE_FILE)) throw new Error(`${dir} is neither empty nor a course folder (no ${COURSE_FILE}); refusing to write into it`);
    for (const name of existing) await rm(path.join(dir, name), { recursive: true, force: true });
  }
  for (const [rel, bytes] of serializeCourse(doc)) {
    const target = path.join(dir, ...rel.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
}

export interface NonCanonicalFile {
  file: string;
  problem: 'differs' | 'missing' | 'extra';
}

/**
 * Files of a course folder that are not in canonical form: what the writer would change.
 * Shipped courses are kept canonical (read, write back, commit), so diffs stay meaningful.
 */
export async function findNonCanonicalFiles(dir: string, doc: CourseDocument): Promise<NonCanonicalFile[]> {
  const onDisk = await listFiles(dir);
  const canonical = serializeCourse(doc);
  const out: NonCanonicalFile[] = [];
  for (const [file, bytes] of canonical) {
    const actual = onDisk.get(file);
    if (!actual) out.push({ file, problem: 'missing' });
    else if (Buffer.compare(Buffer.from(actual), Buffer.from(bytes)) !== 0) out.push({ file, problem: 'differs' });
  }
  for (const file of onDisk.keys()) if (!canonical.has(file)) out.push({ file, problem: 'extra' });
  return out.sort((a, b) => (a.file < b.file ? -1 : 1));
}
