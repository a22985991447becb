import { readdir, readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { FieldChecker } from './fields';
import { formatFieldPath, IssueList, type FieldPath, type RawIssue, type ValidationIssue } from './issues';
import type { CourseDocument, DataFile, ExerciseDocument, LessonDocument, PythonCase, QuizOptionKey, QuizOptionPublic, QuizQuestionKey, QuizQuestionPublic, TrackDocument } from './model';
import { COURSE_FILE, DATA_DIR, DATA_SOURCE_FILE, EXERCISE_FILES, exerciseFile, lessonFile, OPTIONAL_EXERCISE_FILES } from './paths';
import { decodeText, splitFrontMatter } from './text';
import { collectCourseIssues, collectTrackIssues, sha256 } from './validate';
import { parseYaml, type ParsedYaml } from './yaml-io';

export interface CourseReadResult {
  /** The model as far as it could be read; complete and valid only when `issues` is empty. */
  document: CourseDocument;
  issues: ValidationIssue[];
}

const COURSE_KEYS = ['slug', 'title', 'summary', 'language', 'level', 'estimatedHours', 'tags', 'instructors', 'licence', 'translationOf', 'translation', 'modules'];
const LESSON_KEYS = ['title', 'objectives', 'minutes', 'prerequisites', 'models', 'glossary', 'check', 'summary'];
const EXERCISE_COMMON_KEYS = ['title', 'kind', 'passScore', 'maxAttempts'];
const EXERCISE_KEYS: Record<string, string[]> = {
  quiz: [...EXERCISE_COMMON_KEYS, 'questions'],
  python: [...EXERCISE_COMMON_KEYS, 'timeLimitSeconds', 'memoryMb'],
  prediction: [...EXERCISE_COMMON_KEYS, 'metric', 'idColumn', 'targetColumn', 'positiveLabel', 'publicFraction', 'baseline', 'deadline'],
};
const QUESTION_KEYS = ['id', 'type', 'prompt', 'points', 'options', 'answer', 'tolerance', 'accept', 'keepDiacritics', 'feedback'];
const CASE_KEYS = ['name', 'call', 'args', 'kwargs', 'expect', 'hint'];

type Locator = (p: FieldPath, bodyLine?: number) => number;

/** Reads one course folder into the model, collecting every problem with file, line and field. */
export async function readCourseFolder(dir: string): Promise<CourseReadResult> {
  const files = await listFiles(dir);
  return readCourseFiles(path.basename(path.resolve(dir)), files);
}

/** The same, from files already in memory (path relative to the course folder → bytes). */
export function readCourseFiles(folderName: string, files: Map<string, Uint8Array>): CourseReadResult {
  const lines = new Map<string, Locator>();
  // Issues found while reading carry their line directly; validator issues are located later.
  const direct: ValidationIssue[] = [];
  const report = (file: string, line: number, field: string, message: string) => direct.push({ file, line, field, message });

  const text = (file: string): string | undefined => {
    const bytes = files.get(file);
    if (!bytes) return undefined;
    const decoded = decodeText(bytes);
    for (const p of decoded.problems) report(file, p.line, '', p.message);
    return decoded.text ?? undefined;
  };
  const yamlFile = (file: string): ParsedYaml | undefined => {
    const t = text(file);
    if (t === undefined) return undefined;
    const parsed = parseYaml(t);
    for (const e of parsed.errors) report(file, e.line, '', e.message);
    lines.set(file, (p) => parsed.lineOf(p));
    return parsed;
  };
  const unknownKeys = (file: string, parsed: ParsedYaml, at: FieldPath, allowed: string[]) => {
    for (const { key, line } of parsed.keysAt(at)) {
      if (!allowed.includes(key)) report(file, line, formatFieldPath([...at, key]), `is not a field of the format (known: ${allowed.join(', ')})`);
    }
  };

  // Sort every file into its place; anything else is reported rather than silently dropped.
  const lessonNames: string[] = [];
  const exerciseFiles = new Map<string, string[]>();
  const dataNames: string[] = [];
  for (const file of [...files.keys()].sort()) {
    const parts = file.split('/');
    if (file === COURSE_FILE) continue;
    if (parts[0] === 'lessons' && parts.length === 2 && file.endsWith('.md')) lessonNames.push(parts[1].slice(0, -3));
    else if (parts[0] === 'exercises' && parts.length === 3) exerciseFiles.set(parts[1], [...(exerciseFiles.get(parts[1]) ?? []), parts[2]]);
    else if (parts[0] === DATA_DIR && parts.length >= 2) {
      if (file !== DATA_SOURCE_FILE) dataNames.push(parts.slice(1).join('/'));
    } else report(file, 1, '', 'is not part of the course format (course.yaml, lessons/*.md, exercises/<slug>/…, data/…)');
  }

  // course.yaml
  const course = yamlFile(COURSE_FILE);
  if (!files.has(COURSE_FILE)) report(COURSE_FILE, 1, '', 'is required');
  const meta = (asMap(course?.value) ?? {}) as Record<string, unknown>;
  if (course) {
    unknownKeys(COURSE_FILE, course, [], COURSE_KEYS);
    unknownKeys(COURSE_FILE, course, ['translation'], ['by', 'reviewed']);
    (Array.isArray(meta.modules) ? meta.modules : []).forEach((m, i) => {
      unknownKeys(COURSE_FILE, course, ['modules', i], ['slug', 'title', 'items']);
    });
    if (course.value !== undefined && !asMap(course.value)) report(COURSE_FILE, 1, '', 'must be a mapping of fields');
  }
  if (meta.slug !== undefined && meta.slug !== folderName) report(COURSE_FILE, course?.lineOf(['slug']) ?? 1, 'slug', `must equal the folder name "${folderName}"`);

  // Lessons
  const lessons: LessonDocument[] = [];
  for (const slug of lessonNames) {
    const file = lessonFile(slug);
    const t = text(file);
    if (t === undefined) continue;
    const split = splitFrontMatter(t);
    if (split.problem) report(file, 1, '', split.problem);
    const fm = split.yaml;
    if (fm) {
      for (const e of fm.errors) report(file, e.line, '', e.message);
      unknownKeys(file, fm, [], LESSON_KEYS);
      unknownKeys(file, fm, ['check'], ['question', 'answer']);
    }
    lines.set(file, (p, bodyLine) => (bodyLine !== undefined ? split.bodyLine + bodyLine - 1 : p.length === 0 ? 1 : p[0] === 'body' || !fm ? split.bodyLine : fm.lineOf(p)));
    const front = (asMap(fm?.value) ?? {}) as Record<string, unknown>;
    if (fm && fm.value !== undefined && !asMap(fm.value)) report(file, 2, '', 'the front matter must be a mapping of fields');
    lessons.push(compact({ slug, ...pick(front, LESSON_KEYS), body: split.body }) as unknown as LessonDocument);
  }

  // Exercises
  const exercises: ExerciseDocument[] = [];
  for (const [slug, names] of exerciseFiles) {
    const file = (name: string) => exerciseFile(slug, name);
    const spec = yamlFile(file('exercise.yaml'));
    if (!names.includes('exercise.yaml')) {
      report(file('exercise.yaml'), 1, '', 'is required in every exercise folder');
      continue;
    }
    const raw = (asMap(spec?.value) ?? {}) as Record<string, unknown>;
    const kind = raw.kind;
    if (kind !== 'quiz' && kind !== 'python' && kind !== 'prediction') {
      report(file('exercise.yaml'), spec?.lineOf(['kind']) ?? 1, 'kind', kind === undefined ? 'is required (quiz, python or prediction)' : `must be one of quiz, python, prediction (got ${JSON.stringify(kind)})`);
      continue;
    }
    const allowedFiles: readonly string[] = EXERCISE_FILES[kind];
    for (const name of names) if (!allowedFiles.includes(name)) report(file(name), 1, '', `is not a file of a ${kind} exercise (expected: ${allowedFiles.join(', ')})`);
    for (const name of allowedFiles) if (!OPTIONAL_EXERCISE_FILES.has(name) && !names.includes(name)) report(file(name), 1, '', `is required for a ${kind} exercise`);
    if (spec) unknownKeys(file('exercise.yaml'), spec, [], EXERCISE_KEYS[kind]);
    const promptText = text(file('prompt.md'));
    lines.set(file('prompt.md'), (_p, bodyLine) => bodyLine ?? 1);
    const common = { title: raw.title, passScore: raw.passScore, maxAttempts: raw.maxAttempts, prompt: promptText };
    if (kind === 'quiz') {
      const rawQuestions = raw.questions;
      const questions: QuizQuestionPublic[] = [];
      const keys: QuizQuestionKey[] = [];
      if (Array.isArray(rawQuestions)) {
        rawQuestions.forEach((q, i) => {
          const m = (asMap(q) ?? {}) as Record<string, unknown>;
          if (spec) unknownKeys(file('exercise.yaml'), spec, ['questions', i], QUESTION_KEYS);
          if (spec) unknownKeys(file('exercise.yaml'), spec, ['questions', i, 'feedback'], ['correct', 'incorrect']);
          const opts = Array.isArray(m.options) ? (m.options as unknown[]).map((o) => (asMap(o) ?? {}) as Record<string, unknown>) : undefined;
          opts?.forEach((_o, j) => spec && unknownKeys(file('exercise.yaml'), spec, ['questions', i, 'options', j], ['id', 'text', 'correct', 'feedback']));
          questions.push(compact({ id: m.id, type: m.type, prompt: m.prompt, points: m.points, options: opts ? opts.map((o) => compact({ id: o.id, text: o.text }) as unknown as QuizOptionPublic) : m.options }) as unknown as QuizQuestionPublic);
          keys.push(
            compact({
              id: m.id,
              options: opts?.map((o) => compact({ id: o.id, correct: o.correct, feedback: o.feedback }) as unknown as QuizOptionKey),
              answer: m.answer,
              tolerance: m.tolerance,
              accept: m.accept,
              keepDiacritics: m.keepDiacritics,
              feedback: m.feedback,
            }) as unknown as QuizQuestionKey,
          );
        });
      }
      const solution = yamlFile(file('solution.yaml'));
      const wrong = yamlFile(file('wrong.yaml'));
      exercises.push({
        slug,
        kind,
        public: compact({ ...common, questions: Array.isArray(rawQuestions) ? questions : rawQuestions }) as never,
        hidden: { questions: keys, solution: (solution?.value ?? {}) as never, wrong: (wrong?.value ?? {}) as never },
      });
    } else if (kind === 'python') {
      const cases = yamlFile(file('cases.yaml'));
      if (cases && Array.isArray(cases.value)) {
        (cases.value as unknown[]).forEach((_c, i) => {
          unknownKeys(file('cases.yaml'), cases, [i], CASE_KEYS);
          unknownKeys(file('cases.yaml'), cases, [i, 'expect'], ['value', 'tolerance', 'raises', 'check']);
        });
      }
      const checks = names.includes('checks.py') ? text(file('checks.py')) : undefined;
      exercises.push({
        slug,
        kind,
        public: compact({ ...common, timeLimitSeconds: raw.timeLimitSeconds, memoryMb: raw.memoryMb, starter: text(file('starter.py')) }) as never,
        hidden: compact({
          solution: text(file('solution.py')),
          wrong: text(file('wrong.py')),
          cases: cases && Array.isArray(cases.value) ? (cases.value as Record<string, unknown>[]).map((k) => compact(pick(asMap(k) ?? {}, CASE_KEYS)) as unknown as PythonCase) : (cases?.value ?? []),
          checks,
        }) as never,
      });
    } else {
      if (spec) unknownKeys(file('exercise.yaml'), spec, ['baseline'], ['score', 'method']);
      const data = (name: string): DataFile | undefined => {
        const bytes = files.get(file(name));
        return bytes ? { name, bytes, sha256: sha256(bytes) } : undefined;
      };
      const p = pick(raw, EXERCISE_KEYS.prediction);
      delete p.kind;
      exercises.push({
        slug,
        kind,
        public: compact({ ...p, prompt: promptText, train: data('train.csv'), test: data('test.csv') }) as never,
        hidden: compact({ labels: data('labels.csv'), solution: data('solution.csv'), wrong: data('wrong.csv') }) as never,
      });
    }
  }

  const dataSource = files.has(DATA_SOURCE_FILE) ? text(DATA_SOURCE_FILE) : undefined;
  const document = compact({
    ...pick(meta, COURSE_KEYS),
    lessons,
    exercises,
    dataSource,
    dataFiles: dataNames.map((name) => {
      const bytes = files.get(`${DATA_DIR}/${name}`) ?? new Uint8Array();
      return { name, bytes, sha256: sha256(bytes) };
    }),
  }) as unknown as CourseDocument;

  const located = collectCourseIssues(document).map((raw) => locate(raw, lines));
  return { document, issues: dedupe([...direct, ...located]) };
}

function locate(raw: RawIssue, lines: Map<string, Locator>): ValidationIssue {
  const locator = lines.get(raw.file);
  const field = raw.path.filter((s) => !(raw.file.endsWith('exercise.yaml') && (s === 'public' || s === 'hidden')));
  const line = locator ? locator(field, raw.bodyLine) : 1;
  return { file: raw.file, line, field: formatFieldPath(field), message: raw.message };
}

function dedupe(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.file}|${i.line}|${i.field}|${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface TrackReadResult {
  document: TrackDocument;
  issues: ValidationIssue[];
}

/** Reads tracks/<slug>.yaml; `file` in issues is the path as given relative to `relativeTo`. */
export async function readTrackFile(filePath: string, relativeTo = path.dirname(filePath)): Promise<TrackReadResult> {
  const bytes = await readFile(filePath);
  return readTrackText(path.relative(relativeTo, filePath).split(path.sep).join('/'), bytes);
}

export function readTrackText(file: string, bytes: Uint8Array): TrackReadResult {
  const issues: ValidationIssue[] = [];
  const decoded = decodeText(bytes);
  for (const p of decoded.problems) issues.push({ file, line: p.line, field: '', message: p.message });
  const parsed = parseYaml(decoded.text ?? '');
  for (const e of parsed.errors) issues.push({ file, line: e.line, field: '', message: e.message });
  const allowed = ['slug', 'title', 'summary', 'language', 'courses'];
  for (const { key, line } of parsed.keysAt([])) if (!allowed.includes(key)) issues.push({ file, line, field: key, message: `is not a field of the format (known: ${allowed.join(', ')})` });
  const document = compact(pick((asMap(parsed.value) ?? {}) as Record<string, unknown>, allowed)) as unknown as TrackDocument;
  const expected = path.posix.basename(file, '.yaml');
  if (document.slug !== undefined && document.slug !== expected) issues.push({ file, line: parsed.lineOf(['slug']), field: 'slug', message: `must equal the file name "${expected}"` });
  const list = new IssueList();
  collectTrackIssues(document, new FieldChecker(list, file));
  for (const raw of list.items) issues.push({ file, line: parsed.lineOf(raw.path), field: formatFieldPath(raw.path), message: raw.message });
  return { document, issues };
}

export interface CurriculaReadResult {
  courses: CourseDocument[];
  tracks: TrackDocument[];
  /** Issue files are relative to the curricula root (`courses/<slug>/course.yaml`). */
  issues: ValidationIssue[];
}

/**
 * Reads a whole curricula folder (`tracks/`, `courses/`) and checks what crosses courses:
 * `<course>/<lesson>` prerequisites, translations and the courses of each track.
 */
export async function readCurriculaFolder(root: string): Promise<CurriculaReadResult> {
  const issues: ValidationIssue[] = [];
  const courses: CourseDocument[] = [];
  const tracks: TrackDocument[] = [];
  const courseNames = await listDir(path.join(root, 'courses'));
  for (const name of courseNames) {
    if (!(await stat(path.join(root, 'courses', name))).isDirectory()) {
      issues.push({ file: `courses/${name}`, line: 1, field: '', message: 'only course folders belong in courses/' });
      continue;
    }
    const result = await readCourseFolder(path.join(root, 'courses', name));
    courses.push(result.document);
    issues.push(...result.issues.map((i) => ({ ...i, file: `courses/${name}/${i.file}` })));
  }
  for (const name of await listDir(path.join(root, 'tracks'))) {
    if (!name.endsWith('.yaml')) {
      issues.push({ file: `tracks/${name}`, line: 1, field: '', message: 'only <track-slug>.yaml files belong in tracks/' });
      continue;
    }
    const result = await readTrackFile(path.join(root, 'tracks', name), root);
    tracks.push(result.document);
    issues.push(...result.issues);
  }
  issues.push(...crossCourseIssues(courses, tracks));
  return { courses, tracks, issues };
}

/** Rules that need every course: lesson references across courses, translations, tracks. */
export function crossCourseIssues(courses: CourseDocument[], tracks: TrackDocument[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const bySlug = new Map(courses.map((c) => [c.slug, c]));
  for (const course of courses) {
    for (const lesson of course.lessons ?? []) {
      (Array.isArray(lesson.prerequisites) ? lesson.prerequisites : []).forEach((p, i) => {
        if (typeof p !== 'string' || !p.includes('/')) return;
        const [courseSlug, lessonSlug] = p.split('/');
        const other = bySlug.get(courseSlug);
        const field = `prerequisites[${i}]`;
        const file = `courses/${course.slug}/${lessonFile(lesson.slug)}`;
        if (!other) issues.push({ file, field, message: `no course "${courseSlug}" in the curricula` });
        else if (!other.lessons.some((l) => l.slug === lessonSlug)) issues.push({ file, field, message: `the course "${courseSlug}" has no lesson "${lessonSlug}"` });
      });
    }
    if (typeof course.translationOf === 'string') {
      const original = bySlug.get(course.translationOf);
      const file = `courses/${course.slug}/${COURSE_FILE}`;
      if (!original) issues.push({ file, field: 'translationOf', message: `no course "${course.translationOf}" in the curricula` });
      else if (original.language === course.language) issues.push({ file, field: 'language', message: `a translation must differ in language from its original (both ${course.language})` });
      else if (original.translationOf) issues.push({ file, field: 'translationOf', message: `"${original.slug}" is itself a translation; name the original course` });
    }
  }
  for (const track of tracks) {
    (Array.isArray(track.courses) ? track.courses : []).forEach((slug, i) => {
      if (typeof slug === 'string' && !bySlug.has(slug)) issues.push({ file: `tracks/${track.slug}.yaml`, field: `courses[${i}]`, message: `no course folder courses/${slug}/` });
    });
  }
  return issues;
}

async function listDir(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Every file under `dir`, by `/`-separated relative path. */
export async function listFiles(dir: string): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  const walk = async (rel: string) => {
    const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) out.set(child, new Uint8Array(await readFile(path.join(dir, child))));
    }
  };
  await walk('');
  return out;
}

function asMap(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function pick(source: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

/** Drops undefined fields, so absent stays absent through a round trip. */
function compact<T extends Record<string, unknown>>(value: T): T {
  for (const key of Object.keys(value)) if (value[key] === undefined) delete value[key];
  return value;
}

