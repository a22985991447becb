import { Inject, Injectable } from '@nestjs/common';
import { SETTINGS, Settings } from '@sankofa/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { CourseFileEntity, CourseVersionEntity, EnrollmentEntity, ExerciseEntity, LessonCompletionEntity, LessonEntity } from '@sankofa/db';
import { ExerciseKind } from '@sankofa/domain';
import { DataSource, In } from 'typeorm';
import { ForbiddenError, NotFoundError } from '../common/app-error';
import { CourseDetailModel, CourseModuleModel, CourseProgress } from '../catalog/catalog.models';
import { CatalogService, courseProgress, PublishedCourse } from '../catalog/catalog.service';
import { exerciseMaxAttempts } from '../submissions/submission-views';
import { ExerciseModel, ItemRef, LessonModel } from './learning.models';

interface OutlineEntry {
  type: 'lesson' | 'exercise';
  slug: string;
  title: string;
  minutes: number | null;
  exerciseKind: ExerciseKind | null;
}

/** A learner working through a course: enrollment, the outline, lessons, exercises, progress. */
@Injectable()
export class LearningService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalog: CatalogService,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  async course(slug: string, userId: string): Promise<CourseDetailModel> {
    const published = await this.catalog.publishedCourse(slug);
    const [view] = await this.catalog.views([published], userId);
    const outline = await this.outline(published.version);
    const completed = await this.completedSlugs(userId, published.course.id);
    const modules: CourseModuleModel[] = published.version.modules.map((m) => ({
      slug: m.slug,
      title: m.title,
      items: m.items.flatMap((item) => {
        const entry = outline.get(`${item.kind}:${item.slug}`);
        return entry ? [{ ...entry, completed: entry.type === 'lesson' && completed.has(entry.slug) }] : [];
      }),
    }));
    return { ...view, modules };
  }

  /** Enrolling twice is harmless. Only published courses take enrollments. */
  async enroll(slug: string, userId: string): Promise<CourseDetailModel> {
    const { course } = await this.catalog.publishedCourse(slug);
    await this.db.getRepository(EnrollmentEntity).createQueryBuilder().insert().values({ userId, courseId: course.id }).orIgnore().execute();
    return this.course(slug, userId);
  }

  /** Leaves a course; completed lessons are kept, so re-enrolling picks up where the learner was. */
  async unenroll(slug: string, userId: string): Promise<boolean> {
    const { course } = await this.catalog.publishedCourse(slug);
    await this.db.getRepository(EnrollmentEntity).delete({ userId, courseId: course.id });
    return true;
  }

  async lesson(courseSlug: string, lessonSlug: string, userId: string): Promise<LessonModel> {
    const published = await this.catalog.publishedCourse(courseSlug);
    const lesson = await this.db.getRepository(LessonEntity).findOneBy({ versionId: published.version.id, slug: lessonSlug });
    if (!lesson) throw new NotFoundError('This lesson');
    const completed = await this.db.getRepository(LessonCompletionEntity).existsBy({ userId, courseId: published.course.id, lessonSlug });
    const fm = lesson.frontMatter;
    return {
      id: lesson.id,
      courseSlug,
      slug: lesson.slug,
      title: lesson.title,
      minutes: lesson.minutes,
      objectives: fm.objectives,
      prerequisites: fm.prerequisites,
      modelSlugs: fm.models ?? [],
      glossary: fm.glossary,
      check: fm.check,
      summary: fm.summary,
      html: lesson.bodyHtml,
      completed,
      ...(await this.neighbours(published, 'lesson', lesson.slug)),
    };
  }

  async completeLesson(courseSlug: string, lessonSlug: string, userId: string): Promise<CourseProgress> {
    const published = await this.catalog.publishedCourse(courseSlug);
    if (!(await this.db.getRepository(EnrollmentEntity).existsBy({ userId, courseId: published.course.id }))) {
      throw new ForbiddenError('Enroll in this course to record your progress.');
    }
    if (!(await this.db.getRepository(LessonEntity).existsBy({ versionId: published.version.id, slug: lessonSlug }))) throw new NotFoundError('This lesson');
    await this.db.getRepository(LessonCompletionEntity).createQueryBuilder().insert().values({ userId, courseId: published.course.id, lessonSlug }).orIgnore().execute();
    return courseProgress(published.version, await this.completedSlugs(userId, published.course.id));
  }

  async exercise(courseSlug: string, exerciseSlug: string): Promise<ExerciseModel> {
    const published = await this.catalog.publishedCourse(courseSlug);
    const exercise = await this.db.getRepository(ExerciseEntity).findOneBy({ versionId: published.version.id, slug: exerciseSlug });
    if (!exercise) throw new NotFoundError('This exercise');
    const spec = exercise.publicSpec as PublicSpec;
    const files = spec.files?.length
      ? await this.db.getRepository(CourseFileEntity).find({ where: { versionId: published.version.id, path: In(spec.files), hidden: false }, select: { path: true, size: true, sha256: true } })
      : [];
    return {
      id: exercise.id,
      courseSlug,
      slug: exercise.slug,
      title: exercise.title,
      kind: exercise.kind,
      promptHtml: exercise.promptHtml,
      questions: exercise.kind === ExerciseKind.QUIZ ? (spec.questions ?? []) : null,
      starterCode: exercise.kind === ExerciseKind.PYTHON ? (spec.starterCode ?? '') : null,
      timeLimitSeconds: exercise.kind === ExerciseKind.PYTHON ? (spec.timeLimitSeconds ?? null) : null,
      maxAttempts: exerciseMaxAttempts(exercise) ?? (this.settings.grading.defaultMaxAttempts || null),
      prediction:
        exercise.kind === ExerciseKind.PREDICTION
          ? {
              metric: spec.metric ?? '',
              idColumn: spec.idColumn ?? '',
              targetColumn: spec.targetColumn ?? '',
              baselineScore: spec.baseline?.score ?? null,
              baselineMethod: spec.baseline?.method ?? null,
              deadline: spec.deadline ? new Date(spec.deadline) : null,
              files: (spec.files ?? []).flatMap((path) => files.filter((f) => f.path === path)).map((f) => ({ name: f.path, size: f.size, sha256: f.sha256, url: `/files/${f.sha256}/${f.path.slice(f.path.lastIndexOf('/') + 1)}` })),
            }
          : null,
      ...(await this.neighbours(published, 'exercise', exercise.slug)),
    };
  }

  private async outline(version: CourseVersionEntity): Promise<Map<string, OutlineEntry>> {
    const [lessons, exercises] = await Promise.all([
      this.db.getRepository(LessonEntity).find({ where: { versionId: version.id }, select: { slug: true, title: true, minutes: true } }),
      this.db.getRepository(ExerciseEntity).find({ where: { versionId: version.id }, select: { slug: true, title: true, kind: true } }),
    ]);
    const entries = new Map<string, OutlineEntry>();
    for (const l of lessons) entries.set(`lesson:${l.slug}`, { type: 'lesson', slug: l.slug, title: l.title, minutes: l.minutes, exerciseKind: null });
    for (const e of exercises) entries.set(`exercise:${e.slug}`, { type: 'exercise', slug: e.slug, title: e.title, minutes: null, exerciseKind: e.kind });
    // Ordered as the modules order them (the only source of order).
    const ordered = new Map<string, OutlineEntry>();
    for (const item of version.modules.flatMap((m) => m.items)) {
      const key = `${item.kind}:${item.slug}`;
      const entry = entries.get(key);
      if (entry) ordered.set(key, entry);
    }
    return ordered;
  }

  private async neighbours(published: PublishedCourse, type: 'lesson' | 'exercise', slug: string): Promise<{ previous: ItemRef | null; next: ItemRef | null }> {
    const items = [...(await this.outline(published.version)).values()];
    const at = items.findIndex((i) => i.type === type && i.slug === slug);
    const ref = (i: OutlineEntry | undefined): ItemRef | null => (i ? { type: i.type, slug: i.slug, title: i.title } : null);
    return { previous: ref(items[at - 1]), next: ref(items[at + 1]) };
  }

  private async completedSlugs(userId: string, courseId: string): Promise<Set<string>> {
    const rows = await this.db.getRepository(LessonCompletionEntity).find({ where: { userId, courseId }, select: { lessonSlug: true } });
    return new Set(rows.map((r) => r.lessonSlug));
  }
}

/** The public part of an exercise as stored at publication (see the course importer). */
interface PublicSpec {
  questions?: Array<{ id: string; type: string; promptHtml: string; points: number; options: Array<{ id: string; html: string }> }>;
  starterCode?: string;
  timeLimitSeconds?: number;
  metric?: string;
  idColumn?: string;
  targetColumn?: string;
  baseline?: { score: number; method: string };
  deadline?: string;
  files?: string[];
}
