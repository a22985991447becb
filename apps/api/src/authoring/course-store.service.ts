import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CourseDocument, pythonFunctionNames, readCourseFiles, serializeCourse, TrackDocument, validateCourseDocument, ValidationIssue } from '@sankofa/curriculum';
import {
  CourseEntity,
  CourseFileEntity,
  CourseOwnerEntity,
  CourseVersionEntity,
  ExerciseEntity,
  LessonEntity,
  OpenModelEntity,
  TrackCourseEntity,
  TrackEntity,
  UserEntity,
} from '@sankofa/db';
import { CourseLevel, CourseStatus, ErrorCode, InputErrorReason, Role } from '@sankofa/domain';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AppError, BadInputError, ForbiddenError, NotFoundError } from '../common/app-error';
import { courseToRows, CourseRows, rowsToCourse } from './course-codec';
import { decodeFileContent, encodeFileContent } from '@sankofa/db';
import { isCourseStaff } from '../common/course-staff';

/** A course's content failed the format's rules: every issue, with file and field. */
export class CourseInvalidError extends AppError {
  constructor(readonly issues: ValidationIssue[]) {
    super(ErrorCode.BAD_USER_INPUT, `The course has ${issues.length} problem(s): ${issues.slice(0, 3).map((i) => `${i.file} ${i.field}: ${i.message}`).join('; ')}`, {
      reason: InputErrorReason.INVALID_COURSE,
      issues: issues.slice(0, 50).map((i) => ({ file: i.file, line: i.line ?? null, field: i.field, message: i.message })),
    });
  }
}

/** A change between two published versions that can invalidate learners' earlier submissions. */
export interface IncompatibleChange {
  exercise: string;
  change: string;
}

export interface PublishResult {
  course: CourseEntity;
  version: CourseVersionEntity;
  incompatibleChanges: IncompatibleChange[];
}

/**
 * Stores courses: drafts are replaced whole from a course document, publication copies the
 * draft into the next immutable, numbered version, and any version exports back to the same
 * document. Instructors change only courses they own; admins change any.
 */
@Injectable()
export class CourseStore {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Saves a valid course document as the draft (the import path: nothing is stored if invalid). */
  async saveDraft(doc: CourseDocument, actor: UserEntity): Promise<CourseEntity> {
    assertValid([...validateCourseDocument(doc), ...(await unknownModelIssues(this.db.manager, doc))]);
    return (await this.saveDraftFiles(doc.slug, serializeCourse(doc), actor)).course;
  }

  /**
   * Replaces the draft with these files of the course folder. A draft is work in progress: it
   * is saved even when it breaks the format's rules, and the issues come back with file, line
   * and field; only publication requires a valid course. Creates the course when it is new.
   */
  async saveDraftFiles(slug: string, files: Map<string, Uint8Array>, actor: UserEntity): Promise<DraftState> {
    checkDraftFiles(slug, files);
    const { document, issues } = readCourseFiles(slug, files);
    const course = await this.db.transaction(async (m) => {
      let course = await m.findOneBy(CourseEntity, { slug });
      if (course) await this.assertCanEdit(m, course, actor);
      else {
        if (actor.role === Role.LEARNER) throw new ForbiddenError('Only instructors and admins create courses.');
        course = await m.save(CourseEntity, m.create(CourseEntity, { slug, status: CourseStatus.DRAFT, publishedVersionId: null, latestVersionNumber: 0, translationOfId: null }));
        await this.addOwners(m, course, document?.instructors ?? [], actor);
      }
      const draft = await m.findOneBy(CourseVersionEntity, { courseId: course.id, number: IsNull() });
      if (draft) await m.delete(CourseVersionEntity, draft.id); // its files cascade
      const version = await m.save(CourseVersionEntity, m.create(CourseVersionEntity, { ...draftMetadata(document), courseId: course.id, number: null, changelog: null, publishedAt: null, publishedById: null }));
      for (const [path, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) await m.insert(CourseFileEntity, { ...fileContent(path, bytes), versionId: version.id, hidden: true });
      await m.update(CourseEntity, course.id, { updatedAt: new Date() });
      return course;
    });
    return { course, files, issues: [...issues, ...(await unknownModelIssues(this.db.manager, document))] };
  }

  /** The draft's files and their issues (owners and admins). */
  async draft(slug: string, actor: UserEntity): Promise<DraftState> {
    const course = await this.db.getRepository(CourseEntity).findOneBy({ slug });
    if (!course) throw new NotFoundError('This course');
    await this.assertCanEdit(this.db.manager, course, actor);
    const files = await this.draftFiles(this.db.manager, course);
    const { document, issues } = readCourseFiles(slug, files);
    return { course, files, issues: [...issues, ...(await unknownModelIssues(this.db.manager, document))] };
  }

  /** Withdraws a course from the catalog (enrolled learners keep their records); or brings it back. */
  async setArchived(slug: string, archived: boolean, actor: UserEntity): Promise<CourseEntity> {
    const course = await this.db.getRepository(CourseEntity).findOneBy({ slug });
    if (!course) throw new NotFoundError('This course');
    await this.assertCanEdit(this.db.manager, course, actor);
    const status = archived ? CourseStatus.ARCHIVED : course.publishedVersionId ? CourseStatus.PUBLISHED : CourseStatus.DRAFT;
    await this.db.getRepository(CourseEntity).update(course.id, { status });
    return { ...course, status };
  }

  /** Publishes the draft as version n+1 and points learners at it. */
  async publish(slug: string, changelog: string, actor: UserEntity): Promise<PublishResult> {
    const line = changelog.trim();
    if (!line || line.length > 500) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'Say in one line (at most 500 characters) what changed.', { field: 'changelog', reason: line ? InputErrorReason.TOO_LONG : InputErrorReason.REQUIRED });
    }
    return this.db.transaction(async (m) => {
      const course = await m.findOneBy(CourseEntity, { slug });
      if (!course) throw new NotFoundError('This course');
      await this.assertCanEdit(m, course, actor);
      const files = await this.draftFiles(m, course);
      const { document: doc, issues } = readCourseFiles(slug, files);
      assertValid([...issues, ...(await unknownModelIssues(m, doc))]);
      const previous = course.publishedVersionId ? rowsToCourse(slug, await this.readRows(m, await m.findOneByOrFail(CourseVersionEntity, { id: course.publishedVersionId }))) : null;
      const number = course.latestVersionNumber + 1;
      const version = await this.storeVersion(m, course.id, courseToRows(doc), { number, changelog: line, publishedAt: new Date(), publishedById: actor.id });
      const original = doc.translationOf ? await m.findOneBy(CourseEntity, { slug: doc.translationOf }) : null;
      await m.update(CourseEntity, course.id, { publishedVersionId: version.id, latestVersionNumber: number, status: CourseStatus.PUBLISHED, translationOfId: original?.id ?? null });
      return { course: { ...course, publishedVersionId: version.id, latestVersionNumber: number, status: CourseStatus.PUBLISHED }, version, incompatibleChanges: previous ? incompatibleChanges(previous, doc) : [] };
    });
  }

  /** The document of a version: the draft, a numbered version, or (by default) the latest published one. */
  async exportCourse(slug: string, which: 'draft' | 'published' | number = 'published'): Promise<CourseDocument> {
    const course = await this.db.getRepository(CourseEntity).findOneBy({ slug });
    if (!course) throw new NotFoundError('This course');
    if (which === 'draft') {
      const { document, issues } = readCourseFiles(slug, await this.draftFiles(this.db.manager, course));
      assertValid(issues);
      return document;
    }
    const where = which === 'published' ? { id: course.publishedVersionId ?? '' } : { courseId: course.id, number: which };
    const version = course.publishedVersionId || which !== 'published' ? await this.db.getRepository(CourseVersionEntity).findOneBy(where) : null;
    if (!version) throw new NotFoundError('This version of the course');
    return rowsToCourse(slug, await this.readRows(this.db.manager, version));
  }

  /** Creates or updates a track; its courses must exist. */
  async saveTrack(doc: TrackDocument): Promise<TrackEntity> {
    return this.db.transaction(async (m) => {
      const courses = await m.findBy(CourseEntity, { slug: In(doc.courses) });
      const missing = doc.courses.filter((s) => !courses.some((c) => c.slug === s));
      if (missing.length) throw new AppError(ErrorCode.BAD_USER_INPUT, `The track lists unknown courses: ${missing.join(', ')}.`, { field: 'courses', reason: InputErrorReason.INVALID_VALUE });
      const existing = await m.findOneBy(TrackEntity, { slug: doc.slug });
      const track = await m.save(TrackEntity, { ...(existing ?? {}), slug: doc.slug, title: doc.title, summary: doc.summary, language: doc.language });
      await m.delete(TrackCourseEntity, { trackId: track.id });
      await m.insert(
        TrackCourseEntity,
        doc.courses.flatMap((slug, position) => courses.filter((c) => c.slug === slug).map((c) => ({ trackId: track.id, courseId: c.id, position }))),
      );
      return track;
    });
  }

  private async storeVersion(m: EntityManager, courseId: string, rows: CourseRows, meta: Pick<CourseVersionEntity, 'number' | 'changelog' | 'publishedAt' | 'publishedById'>): Promise<CourseVersionEntity> {
    const version = await m.save(CourseVersionEntity, m.create(CourseVersionEntity, { ...rows.version, ...meta, courseId }));
    const versionId = version.id;
    if (rows.lessons.length) await m.insert(LessonEntity, rows.lessons.map((l) => ({ ...l, versionId })));
    if (rows.exercises.length) await m.save(ExerciseEntity, rows.exercises.map((e) => m.create(ExerciseEntity, { ...e, versionId })));
    // One row per insert: SQLite caps the variables of one statement, and files can be many.
    for (const f of rows.files) await m.insert(CourseFileEntity, { ...f, versionId });
    return version;
  }

  private async draftFiles(m: EntityManager, course: CourseEntity): Promise<Map<string, Uint8Array>> {
    const draft = await m.findOneBy(CourseVersionEntity, { courseId: course.id, number: IsNull() });
    if (!draft) throw new NotFoundError('A draft of this course');
    const rows = await m.find(CourseFileEntity, { where: { versionId: draft.id }, order: { path: 'ASC' } });
    return new Map(rows.map((f) => [f.path, new Uint8Array(decodeFileContent(f))]));
  }

  private async readRows(m: EntityManager, version: CourseVersionEntity): Promise<CourseRows> {
    // One after another: inside a transaction the manager holds a single connection.
    const lessons = await m.findBy(LessonEntity, { versionId: version.id });
    const exercises = await m.findBy(ExerciseEntity, { versionId: version.id });
    const files = await m.findBy(CourseFileEntity, { versionId: version.id });
    return { version, lessons, exercises, files };
  }

  private async assertCanEdit(m: EntityManager, course: CourseEntity, actor: UserEntity): Promise<void> {
    if (await isCourseStaff(m, course.id, actor)) return;
    throw new ForbiddenError('Only the instructors of this course and admins may change it.');
  }

  private async addOwners(m: EntityManager, course: CourseEntity, instructors: string[], actor: UserEntity): Promise<void> {
    const listed = instructors.length ? await m.findBy(UserEntity, { email: In(instructors.map((e) => e.toLowerCase())), role: In([Role.INSTRUCTOR, Role.ADMIN]) }) : [];
    const owners = new Set([...listed.map((u) => u.id), ...(actor.role === Role.INSTRUCTOR ? [actor.id] : [])]);
    if (owners.size) await m.insert(CourseOwnerEntity, [...owners].map((userId) => ({ courseId: course.id, userId })));
  }
}

export interface DraftState {
  course: CourseEntity;
  files: Map<string, Uint8Array>;
  issues: ValidationIssue[];
}

/** A course folder may hold at most this much (data files included). */
export const MAX_COURSE_BYTES = 8 * 1024 * 1024;
const FILE_PATH = /^(?:[A-Za-z0-9_.-]+\/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;

function checkDraftFiles(slug: string, files: Map<string, Uint8Array>): void {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length < 3 || slug.length > 64) {
    throw new BadInputError('slug', InputErrorReason.INVALID_VALUE, 'A course slug is 3–64 lower-case letters, digits and dashes, e.g. "python-for-data".');
  }
  let total = 0;
  for (const [path, bytes] of files) {
    if (path.length > 255 || !FILE_PATH.test(path) || path.split('/').some((part) => part === '..' || part === '.')) {
      throw new BadInputError('files', InputErrorReason.INVALID_VALUE, `"${path.slice(0, 80)}" is not a file path inside a course folder.`);
    }
    total += bytes.length;
  }
  if (total > MAX_COURSE_BYTES) throw new BadInputError('files', InputErrorReason.TOO_LONG, `A course folder may hold at most ${MAX_COURSE_BYTES / 1024 / 1024} MB.`);
}

/** Catalog fields of a draft, from what parses (drafts may be incomplete). */
function draftMetadata(doc: CourseDocument | undefined): Omit<CourseRows['version'], never> {
  const levels: Record<string, CourseLevel> = { beginner: CourseLevel.BEGINNER, intermediate: CourseLevel.INTERMEDIATE, advanced: CourseLevel.ADVANCED };
  const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
  return {
    title: text(doc?.title, 120),
    summary: text(doc?.summary, 2000),
    language: text(doc?.language, 35) || 'en',
    level: levels[String(doc?.level)] ?? CourseLevel.BEGINNER,
    estimatedHours: typeof doc?.estimatedHours === 'number' ? doc.estimatedHours : 0,
    tags: Array.isArray(doc?.tags) ? doc.tags.filter((t): t is string => typeof t === 'string') : [],
    licence: text(doc?.licence, 64),
    instructors: null,
    translationOfSlug: null,
    translation: null,
    modules: [],
  };
}

function fileContent(path: string, bytes: Uint8Array): Pick<CourseFileEntity, 'path' | 'sha256' | 'size' | 'encoding' | 'content'> {
  return { path, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, ...encodeFileContent(bytes) };
}

/** Lessons may name only models the open-model catalog has: one issue per unknown slug. */
async function unknownModelIssues(m: EntityManager, doc: CourseDocument | undefined): Promise<ValidationIssue[]> {
  const named = (doc?.lessons ?? []).flatMap((lesson) => (Array.isArray(lesson.models) ? lesson.models.map((slug, i) => ({ lesson, slug, i })) : []));
  const slugs = [...new Set(named.map((n) => n.slug).filter((s): s is string => typeof s === 'string'))];
  if (!slugs.length) return [];
  const known = new Set((await m.find(OpenModelEntity, { where: { slug: In(slugs) }, select: { slug: true } })).map((r) => r.slug));
  return named
    .filter((n) => typeof n.slug === 'string' && !known.has(n.slug))
    .map((n) => ({ file: `lessons/${n.lesson.slug}.md`, field: `models[${n.i}]`, message: `the catalog has no model '${n.slug}'` }));
}

function assertValid(issues: ValidationIssue[]): void {
  if (issues.length) throw new CourseInvalidError(issues);
}

/** Changes that make earlier submissions to an exercise incomparable with new ones. */
export function incompatibleChanges(before: CourseDocument, after: CourseDocument): IncompatibleChange[] {
  const changes: IncompatibleChange[] = [];
  for (const next of after.exercises) {
    const prev = before.exercises.find((e) => e.slug === next.slug);
    if (!prev) continue;
    if (prev.kind !== next.kind) {
      changes.push({ exercise: next.slug, change: `kind changed from ${prev.kind} to ${next.kind}` });
      continue;
    }
    if (prev.kind === 'python' && next.kind === 'python') {
      const signatures = (src: string) => [...src.matchAll(/^def\s+\w+\s*\([^)]*\)/gm)].map((s) => s[0].replace(/\s+/g, ' ')).sort().join('; ');
      if (signatures(prev.public.starter) !== signatures(next.public.starter)) {
        changes.push({ exercise: next.slug, change: `function signature changed (${[...pythonFunctionNames(next.public.starter)].join(', ')})` });
      }
      const cases = (e: typeof prev) => JSON.stringify(e.hidden.cases);
      if (cases(prev) !== cases(next)) changes.push({ exercise: next.slug, change: 'hidden cases changed' });
    }
    if (prev.kind === 'prediction' && next.kind === 'prediction') {
      if (prev.public.metric !== next.public.metric) changes.push({ exercise: next.slug, change: `metric changed from ${prev.public.metric} to ${next.public.metric}` });
      if (prev.hidden.labels.sha256 !== next.hidden.labels.sha256) changes.push({ exercise: next.slug, change: 'hidden labels changed' });
    }
    if (prev.kind === 'quiz' && next.kind === 'quiz' && JSON.stringify(prev.hidden.questions) !== JSON.stringify(next.hidden.questions)) {
      changes.push({ exercise: next.slug, change: 'answer key changed' });
    }
  }
  return changes;
}
