import { renderInline, renderMarkdown } from '@sankofa/content-rendering';
import {
  CourseDocument,
  DataFile,
  ExerciseDocument,
  LessonDocument,
  resolvedLimits,
  resolvedPassScore,
  resolvedPoints,
} from '@sankofa/curriculum';
import type { CourseFileEntity, CourseVersionEntity, ExerciseEntity, LessonEntity, LessonFrontMatter } from '@sankofa/db';
import { CourseLevel, ExerciseKind } from '@sankofa/domain';
import { createHash } from 'node:crypto';
import { decodeFileContent, encodeFileContent } from '@sankofa/db';

/**
 * Converts a course document (the course-as-code model) to the rows of a course version and
 * back, losslessly: what an author wrote is kept as written (`authored` parts, Markdown,
 * files byte for byte), and what learners get is derived from it (HTML rendered and sanitized
 * once, questions without their answers). Hidden parts only ever go to `hiddenSpec` and to
 * files marked hidden.
 */
export type VersionContent = Pick<
  CourseVersionEntity,
  'title' | 'summary' | 'language' | 'level' | 'estimatedHours' | 'tags' | 'licence' | 'instructors' | 'translationOfSlug' | 'translation' | 'modules'
>;
export type LessonRow = Pick<LessonEntity, 'slug' | 'title' | 'minutes' | 'frontMatter' | 'bodyMarkdown' | 'bodyHtml'>;
export type ExerciseRow = Pick<ExerciseEntity, 'slug' | 'kind' | 'title' | 'promptMarkdown' | 'promptHtml' | 'passScore' | 'publicSpec' | 'hiddenSpec'>;
export type FileRow = Pick<CourseFileEntity, 'path' | 'sha256' | 'size' | 'hidden' | 'encoding' | 'content'>;

export interface CourseRows {
  version: VersionContent;
  lessons: LessonRow[];
  exercises: ExerciseRow[];
  files: FileRow[];
}

const LEVELS: Record<CourseDocument['level'], CourseLevel> = { beginner: CourseLevel.BEGINNER, intermediate: CourseLevel.INTERMEDIATE, advanced: CourseLevel.ADVANCED };
const KINDS: Record<ExerciseDocument['kind'], ExerciseKind> = { quiz: ExerciseKind.QUIZ, python: ExerciseKind.PYTHON, prediction: ExerciseKind.PREDICTION };
const SOURCE_FILE = 'data/SOURCE.md';

export function courseToRows(doc: CourseDocument): CourseRows {
  const files: FileRow[] = doc.dataFiles.map((f) => fileRow(`data/${f.name}`, f, false));
  if (doc.dataSource !== undefined) files.push(fileRow(SOURCE_FILE, textFile('SOURCE.md', doc.dataSource), false));
  const exercises = doc.exercises.map((exercise) => exerciseRow(exercise, doc.language, files));
  return {
    version: {
      title: doc.title,
      summary: doc.summary,
      language: doc.language,
      level: LEVELS[doc.level],
      estimatedHours: doc.estimatedHours,
      tags: doc.tags,
      licence: doc.licence,
      instructors: doc.instructors ?? null,
      translationOfSlug: doc.translationOf ?? null,
      translation: doc.translation ?? null,
      modules: doc.modules.map((m) => ({
        slug: m.slug,
        title: m.title,
        items: m.items.map((item) => ('lesson' in item ? { kind: 'lesson' as const, slug: item.lesson } : { kind: 'exercise' as const, slug: item.exercise })),
      })),
    },
    lessons: doc.lessons.map((lesson) => lessonRow(lesson, doc.language)),
    exercises,
    files,
  };
}

export function rowsToCourse(slug: string, rows: CourseRows): CourseDocument {
  const files = new Map(rows.files.map((f) => [f.path, f]));
  const v = rows.version;
  const level = (Object.keys(LEVELS) as Array<CourseDocument['level']>).find((k) => LEVELS[k] === v.level) ?? 'beginner';
  const source = files.get(SOURCE_FILE);
  const doc: CourseDocument = {
    slug,
    title: v.title,
    summary: v.summary,
    language: v.language,
    level,
    estimatedHours: v.estimatedHours,
    tags: v.tags,
    ...(v.instructors ? { instructors: v.instructors } : {}),
    licence: v.licence,
    ...(v.translationOfSlug ? { translationOf: v.translationOfSlug } : {}),
    ...(v.translation ? { translation: v.translation } : {}),
    modules: v.modules.map((m) => ({ slug: m.slug, title: m.title, items: m.items.map((i) => (i.kind === 'lesson' ? { lesson: i.slug } : { exercise: i.slug })) })),
    lessons: [...rows.lessons].sort((a, b) => a.slug.localeCompare(b.slug)).map(lessonFromRow),
    exercises: [...rows.exercises].sort((a, b) => a.slug.localeCompare(b.slug)).map((e) => exerciseFromRow(e, files)),
    ...(source ? { dataSource: decodeFileContent(source).toString('utf8') } : {}),
    dataFiles: rows.files
      .filter((f) => f.path.startsWith('data/') && f.path !== SOURCE_FILE)
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((f) => dataFile(f.path.slice('data/'.length), f)),
  };
  return doc;
}

function lessonRow(lesson: LessonDocument, language: string): LessonRow {
  const { slug, title, minutes, body, ...frontMatter } = lesson;
  return {
    slug,
    title,
    minutes,
    // Kept as authored (absent optional fields stay absent), so the lesson exports unchanged.
    frontMatter: frontMatter as unknown as LessonFrontMatter,
    bodyMarkdown: body,
    bodyHtml: renderMarkdown(body, { language }).html,
  };
}

function lessonFromRow(row: LessonRow): LessonDocument {
  const fm = row.frontMatter as unknown as Omit<LessonDocument, 'slug' | 'title' | 'minutes' | 'body'>;
  return { slug: row.slug, title: row.title, objectives: fm.objectives, minutes: row.minutes, ...optional(fm), check: fm.check, summary: fm.summary, body: row.bodyMarkdown };
}

function optional(fm: Partial<LessonDocument>): Partial<LessonDocument> {
  return {
    ...(fm.prerequisites ? { prerequisites: fm.prerequisites } : {}),
    ...(fm.models ? { models: fm.models } : {}),
    ...(fm.glossary ? { glossary: fm.glossary } : {}),
  };
}

function exerciseRow(exercise: ExerciseDocument, language: string, files: FileRow[]): ExerciseRow {
  const base = {
    slug: exercise.slug,
    kind: KINDS[exercise.kind],
    title: exercise.public.title,
    promptMarkdown: exercise.public.prompt,
    promptHtml: renderMarkdown(exercise.public.prompt, { language }).html,
    passScore: resolvedPassScore(exercise),
  };
  const folder = `exercises/${exercise.slug}`;
  switch (exercise.kind) {
    case 'quiz':
      return {
        ...base,
        publicSpec: {
          authored: exercise.public,
          questions: exercise.public.questions.map((q) => ({
            id: q.id,
            type: q.type,
            promptHtml: renderMarkdown(q.prompt, { language }).html,
            points: resolvedPoints(q),
            options: (q.options ?? []).map((o) => ({ id: o.id, html: renderInline(o.text) })),
          })),
        },
        hiddenSpec: { ...exercise.hidden },
      };
    case 'python':
      return {
        ...base,
        publicSpec: { authored: exercise.public, starterCode: exercise.public.starter, ...resolvedLimits(exercise) },
        hiddenSpec: { ...exercise.hidden },
      };
    case 'prediction': {
      const { train, test, ...authored } = exercise.public;
      const { labels, solution, wrong } = exercise.hidden;
      files.push(fileRow(`${folder}/train.csv`, train, false), fileRow(`${folder}/test.csv`, test, false));
      files.push(fileRow(`${folder}/labels.csv`, labels, true), fileRow(`${folder}/solution.csv`, solution, true), fileRow(`${folder}/wrong.csv`, wrong, true));
      return {
        ...base,
        publicSpec: {
          authored,
          metric: authored.metric,
          idColumn: authored.idColumn,
          targetColumn: authored.targetColumn,
          baseline: authored.baseline,
          ...(authored.deadline ? { deadline: authored.deadline } : {}),
          files: [`${folder}/train.csv`, `${folder}/test.csv`],
        },
        hiddenSpec: { labels: `${folder}/labels.csv`, solution: `${folder}/solution.csv`, wrong: `${folder}/wrong.csv` },
      };
    }
  }
}

function exerciseFromRow(row: ExerciseRow, files: Map<string, FileRow>): ExerciseDocument {
  const authored = row.publicSpec['authored'] as Record<string, unknown>;
  const file = (path: string) => {
    const found = files.get(path);
    if (!found) throw new Error(`course file ${path} is missing`);
    return dataFile(path.slice(path.lastIndexOf('/') + 1), found);
  };
  switch (row.kind) {
    case ExerciseKind.QUIZ:
      return { slug: row.slug, kind: 'quiz', public: authored, hidden: row.hiddenSpec } as unknown as ExerciseDocument;
    case ExerciseKind.PYTHON:
      return { slug: row.slug, kind: 'python', public: authored, hidden: row.hiddenSpec } as unknown as ExerciseDocument;
    case ExerciseKind.PREDICTION: {
      const folder = `exercises/${row.slug}`;
      const { prompt, ...rest } = authored;
      return {
        slug: row.slug,
        kind: 'prediction',
        public: { ...rest, prompt, train: file(`${folder}/train.csv`), test: file(`${folder}/test.csv`) },
        hidden: { labels: file(`${folder}/labels.csv`), solution: file(`${folder}/solution.csv`), wrong: file(`${folder}/wrong.csv`) },
      } as unknown as ExerciseDocument;
    }
  }
}

function fileRow(path: string, file: DataFile, hidden: boolean): FileRow {
  return { path, sha256: file.sha256, size: file.bytes.length, hidden, ...encodeFileContent(file.bytes) };
}

function dataFile(name: string, row: FileRow): DataFile {
  return { name, bytes: new Uint8Array(decodeFileContent(row)), sha256: row.sha256 };
}

function textFile(name: string, text: string): DataFile {
  const bytes = Buffer.from(text, 'utf8');
  return { name, bytes: new Uint8Array(bytes), sha256: createHash('sha256').update(bytes).digest('hex') };
}
