import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CourseDocument, pythonFunctionNames, TrackDocument, validateCourseDocument, ValidationIssue } from '@sankofa/curriculum';
import {
  CourseEntity,
  CourseFileEntity,
  CourseOwnerEntity,
  CourseVersionEntity,
  ExerciseEntity,
  LessonEntity,
  TrackCourseEntity,
  TrackEntity,
  UserEntity,
} from '@sankofa/db';
import { CourseStatus, ErrorCode, Role } from '@sankofa/domain';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AppError, ForbiddenError, NotFoundError } from '../common/app-error';
import { courseToRows, CourseRows, rowsToCourse } from './course-codec';

/** A course's content failed the format's rules: every issue, with file and field. */
export class CourseInvalidError extends AppError {
  constructor(readonly issues: ValidationIssue[]) {
    super(ErrorCode.BAD_USER_INPUT, `The course has ${issues.length} problem(s): ${issues.slice(0, 3).map((i) => `${i.file} ${i.field}: ${i.message}`).join('; ')}`, {
      reason: 'INVALID_COURSE',
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

  /** Creates the course (owned by the actor and the listed instructors) or replaces its draft. */
  async saveDraft(doc: CourseDocument, actor: UserEntity): Promise<CourseEntity> {
    assertValid(validateCourseDocument(doc));
    return this.db.transaction(async (m) => {
      let course = await m.findOneBy(CourseEntity, { slug: doc.slug });
      if (course) await this.assertCanEdit(m, course, actor);
      else {
        if (actor.role === Role.LEARNER) throw new ForbiddenError('Only instructors and admins create courses.');
        course = await m.save(CourseEntity, m.create(CourseEntity, { slug: doc.slug, status: CourseStatus.DRAFT, publishedVersionId: null, latestVersionNumber: 0, translationOfId: null }));
        await this.addOwners(m, course, doc, actor);
      }
      const original = doc.translationOf ? await m.findOneBy(CourseEntity, { slug: doc.translationOf }) : null;
      if ((original?.id ?? null) !== course.translationOfId) await m.update(CourseEntity, course.id, { translationOfId: original?.id ?? null });
      const draft = await m.findOneBy(CourseVersionEntity, { courseId: course.id, number: IsNull() });
      if (draft) await m.delete(CourseVersionEntity, draft.id); // lessons, exercises and files cascade
      await this.storeVersion(m, course.id, courseToRows(doc), { number: null, changelog: null, publishedAt: null, publishedById: null });
      return course;
    });
  }

  /** Publishes the draft as version n+1 and points learners at it. */
  async publish(slug: string, changelog: string, actor: UserEntity): Promise<PublishResult> {
    const line = changelog.trim();
    if (!line || line.length > 500) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'Say in one line (at most 500 characters) what changed.', { field: 'changelog', reason: line ? 'TOO_LONG' : 'REQUIRED' });
    }
    return this.db.transaction(async (m) => {
      const course = await m.findOneBy(CourseEntity, { slug });
      if (!course) throw new NotFoundError('This course');
      await this.assertCanEdit(m, course, actor);
      const draft = await m.findOneBy(CourseVersionEntity, { courseId: course.id, number: IsNull() });
      if (!draft) throw new AppError(ErrorCode.BAD_USER_INPUT, 'There is no draft to publish.', { field: 'slug', reason: 'NO_DRAFT' });
      const doc = rowsToCourse(slug, await this.readRows(m, draft));
      assertValid(validateCourseDocument(doc));
      const previous = course.publishedVersionId ? rowsToCourse(slug, await this.readRows(m, await m.findOneByOrFail(CourseVersionEntity, { id: course.publishedVersionId }))) : null;
      const number = course.latestVersionNumber + 1;
      const version = await this.storeVersion(m, course.id, courseToRows(doc), { number, changelog: line, publishedAt: new Date(), publishedById: actor.id });
      await m.update(CourseEntity, course.id, { publishedVersionId: version.id, latestVersionNumber: number, status: CourseStatus.PUBLISHED });
      return { course: { ...course, publishedVersionId: version.id, latestVersionNumber: number, status: CourseStatus.PUBLISHED }, version, incompatibleChanges: previous ? incompatibleChanges(previous, doc) : [] };
    });
  }

  /** The document of a version: the draft, a numbered version, or (by default) the latest published one. */
  async exportCourse(slug: string, which: 'draft' | 'published' | number = 'published'): Promise<CourseDocument> {
    const course = await this.db.getRepository(CourseEntity).findOneBy({ slug });
    if (!course) throw new NotFoundError('This course');
    const where = which === 'draft' ? { courseId: course.id, number: IsNull() } : which === 'published' ? { id: course.publishedVersionId ?? '' } : { courseId: course.id, number: which };
    const version = course.publishedVersionId || which !== 'published' ? await this.db.getRepository(CourseVersionEntity).findOneBy(where) : null;
    if (!version) throw new NotFoundError(which === 'draft' ? 'A draft of this course' : 'This version of the course');
    return rowsToCourse(slug, await this.readRows(this.db.manager, version));
  }

  /** Creates or updates a track; its courses must exist. */
  async saveTrack(doc: TrackDocument): Promise<TrackEntity> {
    return this.db.transaction(async (m) => {
      const courses = await m.findBy(CourseEntity, { slug: In(doc.courses) });
      const missing = doc.courses.filter((s) => !courses.some((c) => c.slug === s));
      if (missing.length) throw new AppError(ErrorCode.BAD_USER_INPUT, `The track lists unknown courses: ${missing.join(', ')}.`, { field: 'courses', reason: 'INVALID_VALUE' });
      const existing = await m.findOneBy(TrackEntity, { slug: doc.slug });
      const track = await m.save(TrackEntity, { ...(existing ?? {}), slug: doc.slug, title: doc.title, summary: doc.summary, language: doc.language });
      await m.delete(TrackCourseEntity, { trackId: track.id });
      await m.insert(
        TrackCourseEntity,
        doc.courses.map((slug, position) => ({ trackId: track.id, courseId: courses.find((c) => c.slug === slug)!.id, position })),
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

  private async readRows(m: EntityManager, version: CourseVersionEntity): Promise<CourseRows> {
    const [lessons, exercises, files] = await Promise.all([
      m.findBy(LessonEntity, { versionId: version.id }),
      m.findBy(ExerciseEntity, { versionId: version.id }),
      m.findBy(CourseFileEntity, { versionId: version.id }),
    ]);
    return { version, lessons, exercises, files };
  }

  private async assertCanEdit(m: EntityManager, course: CourseEntity, actor: UserEntity): Promise<void> {
    if (actor.role === Role.ADMIN) return;
    if (actor.role === Role.INSTRUCTOR && (await m.existsBy(CourseOwnerEntity, { courseId: course.id, userId: actor.id }))) return;
    throw new ForbiddenError('Only the instructors of this course and admins may change it.');
  }

  private async addOwners(m: EntityManager, course: CourseEntity, doc: CourseDocument, actor: UserEntity): Promise<void> {
    const listed = doc.instructors?.length ? await m.findBy(UserEntity, { email: In(doc.instructors.map((e) => e.toLowerCase())), role: In([Role.INSTRUCTOR, Role.ADMIN]) }) : [];
    const owners = new Set([...listed.map((u) => u.id), ...(actor.role === Role.INSTRUCTOR ? [actor.id] : [])]);
    if (owners.size) await m.insert(CourseOwnerEntity, [...owners].map((userId) => ({ courseId: course.id, userId })));
  }
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
