import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CourseEntity, CourseVersionEntity, EnrollmentEntity, LessonCompletionEntity, TrackCourseEntity, TrackEntity } from '@sankofa/db';
import { CourseStatus } from '@sankofa/domain';
import { DataSource, In, SelectQueryBuilder } from 'typeorm';
import { NotFoundError } from '../common/app-error';
import { checkPageSize, Connection, decodeCursor, encodeCursor } from '../graphql/pagination';
import { CourseModel, CourseProgress, CourseRefModel, TrackModel } from './catalog.models';
import { CoursesArgs } from './dto/courses.args';

export interface PublishedCourse {
  course: CourseEntity;
  version: CourseVersionEntity;
}

/** The learner's catalog: tracks and the latest published version of each course. */
@Injectable()
export class CatalogService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async tracks(userId: string): Promise<TrackModel[]> {
    const tracks = await this.db.getRepository(TrackEntity).find({ order: { title: 'ASC' } });
    const links = await this.db.getRepository(TrackCourseEntity).find({ where: { trackId: In(tracks.map((t) => t.id)) }, order: { position: 'ASC' } });
    const published = await this.publishedByIds(links.map((l) => l.courseId));
    const views = new Map((await this.views(published, userId)).map((v) => [v.id, v]));
    return tracks.map((t) => ({
      id: t.id,
      slug: t.slug,
      title: t.title,
      summary: t.summary,
      language: t.language,
      courses: links.filter((l) => l.trackId === t.id).flatMap((l) => views.get(l.courseId) ?? []),
    }));
  }

  async courses(args: CoursesArgs, userId: string): Promise<Connection<CourseModel>> {
    const first = checkPageSize(args.first);
    const query = this.publishedQuery();
    const search = args.search?.normalize('NFC').trim().toLowerCase();
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      query.andWhere("(LOWER(v.title) LIKE :pattern ESCAPE '\\' OR LOWER(v.summary) LIKE :pattern ESCAPE '\\' OR LOWER(v.tags) LIKE :pattern ESCAPE '\\')", { pattern });
    }
    if (args.language) {
      const language = args.language.trim().toLowerCase();
      query.andWhere('(LOWER(v.language) = :language OR LOWER(v.language) LIKE :languagePrefix)', { language, languagePrefix: `${language}-%` });
    }
    if (args.level) query.andWhere('v.level = :level', { level: args.level });
    if (args.track) {
      query.andWhere('c.id IN (SELECT tc.course_id FROM track_courses tc INNER JOIN tracks t ON t.id = tc.track_id WHERE t.slug = :track)', { track: args.track });
    }
    const totalCount = await query.getCount();
    if (args.after) query.andWhere('c.slug > :after', { after: decodeCursor(args.after) });
    const rows = await this.published(query.orderBy('c.slug', 'ASC').take(first + 1));
    const page = await this.views(rows.slice(0, first), userId);
    const edges = page.map((node) => ({ cursor: encodeCursor(node.slug), node }));
    return { edges, totalCount, pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > first } };
  }

  /** The published courses the learner is enrolled in, most recently joined first. */
  async enrolledCourses(userId: string): Promise<CourseModel[]> {
    const enrollments = await this.db.getRepository(EnrollmentEntity).find({ where: { userId }, order: { createdAt: 'DESC' } });
    const published = await this.publishedByIds(enrollments.map((e) => e.courseId));
    const order = new Map(enrollments.map((e, i) => [e.courseId, i]));
    return this.views(published.sort((a, b) => (order.get(a.course.id) ?? 0) - (order.get(b.course.id) ?? 0)), userId);
  }

  /** The published course with this slug, or NOT_FOUND (drafts and unknown slugs alike). */
  async publishedCourse(slug: string): Promise<PublishedCourse> {
    const [found] = await this.published(this.publishedQuery().andWhere('c.slug = :slug', { slug }));
    if (!found) throw new NotFoundError('This course');
    return found;
  }

  /** Learner views of published courses, with counts, translations and enrollment. */
  async views(rows: PublishedCourse[], userId: string): Promise<CourseModel[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.course.id);
    const [enrolled, completions, translations, originals] = await Promise.all([
      this.db.getRepository(EnrollmentEntity).find({ where: { userId, courseId: In(ids) } }),
      this.db.getRepository(LessonCompletionEntity).find({ where: { userId, courseId: In(ids) }, select: { courseId: true, lessonSlug: true } }),
      this.published(this.publishedQuery().andWhere('c.translation_of_id IN (:...ids)', { ids })),
      this.publishedByIds(rows.flatMap((r) => (r.course.translationOfId ? [r.course.translationOfId] : []))),
    ]);
    const enrolledIds = new Set(enrolled.map((e) => e.courseId));
    const ref = ({ course, version }: PublishedCourse): CourseRefModel => ({ slug: course.slug, title: version.title, language: version.language });
    return rows.map(({ course, version }) => {
      const items = version.modules.flatMap((m) => m.items);
      const original = originals.find((o) => o.course.id === course.translationOfId);
      return {
        id: course.id,
        slug: course.slug,
        status: course.status,
        title: version.title,
        summary: version.summary,
        language: version.language,
        level: version.level,
        estimatedHours: version.estimatedHours,
        tags: version.tags,
        licence: version.licence,
        version: version.number ?? 0,
        publishedAt: version.publishedAt,
        translationOf: original ? ref(original) : null,
        translations: translations.filter((t) => t.course.translationOfId === course.id).map(ref),
        lessonCount: items.filter((i) => i.kind === 'lesson').length,
        exerciseCount: items.filter((i) => i.kind === 'exercise').length,
        enrolled: enrolledIds.has(course.id),
        progress: enrolledIds.has(course.id)
          ? courseProgress(
              version,
              new Set(completions.filter((c) => c.courseId === course.id).map((c) => c.lessonSlug)),
            )
          : null,
      };
    });
  }

  private async publishedByIds(ids: string[]): Promise<PublishedCourse[]> {
    // An empty IN () is a syntax error, and PostgreSQL refuses non-UUID placeholders.
    return ids.length ? this.published(this.publishedQuery().andWhere('c.id IN (:...ids)', { ids })) : [];
  }

  private publishedQuery(): SelectQueryBuilder<CourseEntity> {
    return this.db
      .getRepository(CourseEntity)
      .createQueryBuilder('c')
      .innerJoin(CourseVersionEntity, 'v', 'v.id = c.published_version_id')
      .where('c.status = :status', { status: CourseStatus.PUBLISHED });
  }

  private async published(query: SelectQueryBuilder<CourseEntity>): Promise<PublishedCourse[]> {
    const courses = await query.getMany();
    const versionIds = courses.flatMap((c) => (c.publishedVersionId ? [c.publishedVersionId] : []));
    if (!versionIds.length) return [];
    const byId = new Map((await this.db.getRepository(CourseVersionEntity).findBy({ id: In(versionIds) })).map((v) => [v.id, v]));
    return courses.flatMap((course) => {
      const version = course.publishedVersionId ? byId.get(course.publishedVersionId) : undefined;
      return version ? [{ course, version }] : [];
    });
  }
}

/**
 * Progress from the version's outline (the modules are the source of truth) and the lessons the
 * learner completed, counted by slug so progress survives new versions. Exercises count once
 * submissions are graded.
 */
export function courseProgress(version: Pick<CourseVersionEntity, 'modules'>, completed: ReadonlySet<string>): CourseProgress {
  const items = version.modules.flatMap((m) => m.items);
  const lessons = items.filter((i) => i.kind === 'lesson');
  const lessonsCompleted = lessons.filter((l) => completed.has(l.slug)).length;
  const exercisesTotal = items.length - lessons.length;
  const exercisesPassed = 0;
  const total = lessons.length + exercisesTotal;
  return { lessonsCompleted, lessonsTotal: lessons.length, exercisesPassed, exercisesTotal, percent: total ? Math.round((100 * (lessonsCompleted + exercisesPassed)) / total) : 0 };
}
