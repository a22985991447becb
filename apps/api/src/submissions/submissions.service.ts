import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SETTINGS, Settings } from '@sankofa/config';
import { CourseEntity, EnrollmentEntity, ExerciseEntity, GradingRunEntity, ScoreOverrideEntity, SubmissionEntity, UserEntity } from '@sankofa/db';
import { ErrorCode, ExerciseKind, InputErrorReason, SubmissionStatus } from '@sankofa/domain';
import type Redis from 'ioredis';
import { LRUCache } from 'lru-cache';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { Brackets, DataSource, In } from 'typeorm';
import { AppError, BadInputError, NotFoundError, RateLimitedError } from '../common/app-error';
import { isCourseStaff } from '../common/course-staff';
import { CatalogService } from '../catalog/catalog.service';
import { GradingQueue } from '../grading/grading-queue.service';
import { checkPageSize, Connection, decodeCursor, encodeCursor } from '../graphql/pagination';
import { REDIS } from '../redis/redis.module';
import { submissionContent } from './submission-content';
import { exerciseMaxAttempts, submissionView } from './submission-views';
import type { SubmissionChangedMessage } from '@sankofa/queue';
import type { Submission, SubmitExerciseInput } from './submissions.models';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Who reads; with a display name, their own submissions need no lookup of the learner's name. */
type Viewer = Pick<UserEntity, 'id' | 'role'> & Partial<Pick<UserEntity, 'displayName'>>;

/** What a push can tell from the submission's own row (and the immutable course and exercise). */
const ROW_FIELDS = new Set(['__typename', 'id', 'courseSlug', 'exerciseSlug', 'kind', 'status', 'queuePosition', 'attemptNumber', 'score', 'passed', 'createdAt', 'updatedAt']);
export type SubmissionSummary = Omit<Submission, 'result' | 'runs' | 'override' | 'code' | 'learnerName'>;

/**
 * Learners' submissions: stored first (pinned to the exercise version they answer, with their
 * first grading run), then queued. If the queue is unreachable the submission stays QUEUED and
 * the reconciler queues it later: nothing submitted is lost. Readers: the learner, the course's
 * instructors, admins.
 */
@Injectable()
export class SubmissionsService {
  private readonly logger = new Logger(SubmissionsService.name);
  private readonly rateLimit: RateLimiterRedis;
  // Published exercise rows and course slugs never change: each is read once per process.
  private readonly publishedExercises = new LRUCache<string, ExerciseEntity>({ max: 256 });
  private readonly exercisesById = new LRUCache<string, ExerciseEntity>({ max: 256, fetchMethod: (id) => this.db.getRepository(ExerciseEntity).findOneByOrFail({ id }) });
  private readonly courseSlugs = new LRUCache<string, string>({
    max: 1024,
    fetchMethod: async (id) => (await this.db.getRepository(CourseEntity).findOneOrFail({ where: { id }, select: { id: true, slug: true } })).slug,
  });

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SETTINGS) private readonly settings: Settings,
    @Inject(REDIS) redis: Redis,
    private readonly catalog: CatalogService,
    private readonly queue: GradingQueue,
  ) {
    const points = settings.grading.submissionsPerMinute;
    this.rateLimit = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${settings.redisNamespace}:ratelimit:submissions`,
      points,
      duration: 60,
      insuranceLimiter: new RateLimiterMemory({ points, duration: 60 }),
    });
  }

  /** `selected`: the fields the caller asked for, when known (the queue position costs a count). */
  async submit(input: SubmitExerciseInput, user: UserEntity, selected?: ReadonlySet<string>): Promise<Submission> {
    if (!UUID.test(input.idempotencyKey)) throw new BadInputError('idempotencyKey', InputErrorReason.INVALID_VALUE, 'idempotencyKey must be a UUID made by the client.');
    const idempotencyKey = input.idempotencyKey.toLowerCase();
    const repeated = await this.db.getRepository(SubmissionEntity).findOneBy({ userId: user.id, idempotencyKey });
    if (repeated) return this.view(repeated, user);

    const { course, version } = await this.catalog.publishedCourse(input.courseSlug);
    const exercise = await this.publishedExercise(version.id, input.exerciseSlug);
    const staff = await isCourseStaff(this.db, course.id, user);
    if (!staff && !(await this.db.getRepository(EnrollmentEntity).existsBy({ userId: user.id, courseId: course.id }))) {
      throw new BadInputError('courseSlug', InputErrorReason.NOT_ENROLLED, 'Enroll in this course to submit its exercises.');
    }
    const content = submissionContent(exercise, input);
    if (exercise.kind === ExerciseKind.PYTHON) await this.assertSandbox();
    await this.rateLimit.consume(user.id).catch((rejection: unknown) => {
      if (rejection instanceof RateLimiterRes) throw new RateLimitedError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      throw rejection;
    });
    const used = await this.attemptsUsed(user.id, course.id, exercise.slug);
    const maxAttempts = this.maxAttempts(exercise);
    if (maxAttempts > 0 && used >= maxAttempts) {
      throw new BadInputError('exerciseSlug', InputErrorReason.ATTEMPTS_EXHAUSTED, `This exercise allows ${maxAttempts} attempt${maxAttempts === 1 ? '' : 's'}; all are used.`);
    }

    let stored: { submission: SubmissionEntity; run: GradingRunEntity };
    try {
      stored = await this.db.transaction(async (tx) => {
        const submission = await tx.getRepository(SubmissionEntity).save(
          tx.getRepository(SubmissionEntity).create({
            userId: user.id,
            courseId: course.id,
            exerciseId: exercise.id,
            exerciseSlug: exercise.slug,
            idempotencyKey,
            content,
            contentBytes: Buffer.byteLength(content, 'utf8'),
            attemptNumber: used + 1,
            status: SubmissionStatus.QUEUED,
            latestRunNumber: 1,
            score: null,
            passed: null,
          }),
        );
        const run = await tx
          .getRepository(GradingRunEntity)
          .save(tx.getRepository(GradingRunEntity).create({ submissionId: submission.id, runNumber: 1, exerciseId: exercise.id, status: SubmissionStatus.QUEUED, priority: 0, reason: 'submitted', requestedById: user.id }));
        return { submission, run };
      });
    } catch (error) {
      // The same key sent twice at once: the other request stored it.
      const winner = await this.db.getRepository(SubmissionEntity).findOneBy({ userId: user.id, idempotencyKey });
      if (winner) return this.view(winner, user);
      throw error;
    }
    const { submission, run } = stored;
    await this.queue.enqueue({ submissionId: submission.id, runNumber: 1 }).catch((err: Error) => {
      this.logger.warn(`submission ${submission.id} stored but not queued yet (the reconciler will queue it): ${err.message}`);
    });
    // The answer is built from what was just stored: a new submission has one queued run and no override.
    return submissionView({ submission, course, exercise, learner: user, runs: [run], override: null, queuePosition: !selected || selected.has('queuePosition') ? await this.queuePosition(run) : null, viewerIsStaff: staff, now: new Date() });
  }

  private async publishedExercise(versionId: string, slug: string): Promise<ExerciseEntity> {
    const key = `${versionId}/${slug}`;
    const cached = this.publishedExercises.get(key);
    if (cached) return cached;
    const exercise = await this.db.getRepository(ExerciseEntity).findOneBy({ versionId, slug });
    if (!exercise) throw new NotFoundError('This exercise');
    this.publishedExercises.set(key, exercise);
    this.exercisesById.set(exercise.id, exercise);
    return exercise;
  }

  private async exerciseById(id: string): Promise<ExerciseEntity> {
    return (await this.exercisesById.fetch(id)) as ExerciseEntity;
  }

  private async courseSlug(id: string): Promise<string> {
    return (await this.courseSlugs.fetch(id)) as string;
  }

  /**
   * The submission as a push shows it to a subscriber the subscription already authorized: from
   * its row alone when the operation selects only row fields (a status change costs one read),
   * else the full view with its runs and override.
   */
  async pushed(message: SubmissionChangedMessage, viewer: Viewer, selected: ReadonlySet<string>): Promise<Submission | SubmissionSummary> {
    const row = await this.db.getRepository(SubmissionEntity).findOneBy({ id: message.submissionId });
    if (!row) throw new NotFoundError('This submission');
    if (![...selected].every((field) => ROW_FIELDS.has(field))) return this.view(row, viewer);
    const [courseSlug, exercise, queuePosition] = await Promise.all([
      this.courseSlug(row.courseId),
      this.exerciseById(row.exerciseId),
      row.status === SubmissionStatus.QUEUED && selected.has('queuePosition') ? this.queuePosition({ submissionId: row.id, runNumber: row.latestRunNumber }) : null,
    ]);
    return {
      id: row.id,
      courseSlug,
      exerciseSlug: row.exerciseSlug,
      kind: exercise.kind,
      status: row.status,
      queuePosition,
      attemptNumber: row.attemptNumber,
      score: row.score,
      passed: row.passed,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  /** A submission its reader may see; NOT_FOUND for anyone else's (its existence is not revealed). */
  async submission(id: string, viewer: Viewer): Promise<Submission> {
    return this.view(await this.readable(id, viewer), viewer);
  }

  async readable(id: string, viewer: Viewer): Promise<SubmissionEntity> {
    const found = UUID.test(id) ? await this.db.getRepository(SubmissionEntity).findOneBy({ id }) : null;
    if (!found || (found.userId !== viewer.id && !(await isCourseStaff(this.db, found.courseId, viewer)))) throw new NotFoundError('This submission');
    return found;
  }

  async mySubmissions(courseSlug: string, exerciseSlug: string, first: number | undefined, after: string | undefined, viewer: Viewer): Promise<Connection<Submission>> {
    const course = await this.courseBySlug(courseSlug);
    return this.page({ courseId: course.id, exerciseSlug, userId: viewer.id }, first, after, viewer);
  }

  async exerciseSubmissions(courseSlug: string, exerciseSlug: string, first: number | undefined, after: string | undefined, viewer: Viewer): Promise<Connection<Submission>> {
    const course = await this.courseBySlug(courseSlug);
    if (!(await isCourseStaff(this.db, course.id, viewer))) throw new AppError(ErrorCode.FORBIDDEN, 'Only the instructors of this course and admins see every learner’s submissions.');
    return this.page({ courseId: course.id, exerciseSlug }, first, after, viewer);
  }

  async courseBySlug(slug: string): Promise<CourseEntity> {
    const course = await this.db.getRepository(CourseEntity).findOneBy({ slug });
    if (!course) throw new NotFoundError('This course');
    return course;
  }

  /** Newest first, by a keyset cursor on (created_at, id). */
  private async page(where: { courseId: string; exerciseSlug: string; userId?: string }, first = 20, after: string | undefined, viewer: Viewer): Promise<Connection<Submission>> {
    checkPageSize(first);
    const base = () => {
      const q = this.db.getRepository(SubmissionEntity).createQueryBuilder('s').where('s.course_id = :courseId AND s.exercise_slug = :exerciseSlug', where);
      if (where.userId) q.andWhere('s.user_id = :userId', { userId: where.userId });
      return q;
    };
    const query = base();
    if (after) {
      const afterId = decodeCursor(after);
      if (!UUID.test(afterId)) throw new BadInputError('after', InputErrorReason.INVALID_VALUE, 'This cursor is not valid; start again from the first page.');
      // The cursor names a row; its time is read back from the database, where SQLite keeps whole
      // seconds and PostgreSQL microseconds, so no round trip through a JavaScript Date blurs it.
      const at = '(SELECT c.created_at FROM submissions c WHERE c.id = :afterId)';
      query.andWhere(new Brackets((b) => b.where(`s.created_at < ${at}`).orWhere(`s.created_at = ${at} AND s.id < :afterId`)), { afterId });
    }
    const [rows, totalCount] = await Promise.all([query.orderBy('s.created_at', 'DESC').addOrderBy('s.id', 'DESC').take(first + 1).getMany(), base().getCount()]);
    const nodes = await this.views(rows.slice(0, first), viewer);
    const edges = nodes.map((node, i) => ({ cursor: encodeCursor(rows[i].id), node }));
    return { edges, totalCount, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  async view(submission: SubmissionEntity, viewer: Viewer): Promise<Submission> {
    const [view] = await this.views([submission], viewer);
    return view;
  }

  /** Builds views of several submissions with one query per related table. */
  async views(submissions: SubmissionEntity[], viewer: Viewer): Promise<Submission[]> {
    if (!submissions.length) return [];
    const ids = submissions.map((s) => s.id);
    const unique = <T>(values: T[]) => [...new Set(values)];
    // A viewer who gave their name reads their own submissions without a lookup of it.
    const others = unique(submissions.map((s) => s.userId)).filter((id) => id !== viewer.id || viewer.displayName === undefined);
    const courseIds = unique(submissions.map((s) => s.courseId));
    const exerciseIds = unique(submissions.map((s) => s.exerciseId));
    const [runs, overrides, slugs, exercises, learners] = await Promise.all([
      this.db.getRepository(GradingRunEntity).findBy({ submissionId: In(ids) }),
      this.db.getRepository(ScoreOverrideEntity).find({ where: { submissionId: In(ids) }, relations: { byUser: true }, order: { createdAt: 'ASC' } }),
      Promise.all(courseIds.map((id) => this.courseSlug(id))),
      // Read fresh: the deadline decides what a view reveals, and an operator may correct it in place.
      this.db.getRepository(ExerciseEntity).find({ where: { id: In(exerciseIds) }, select: { id: true, kind: true, publicSpec: true } }),
      others.length ? this.db.getRepository(UserEntity).find({ where: { id: In(others) }, select: { id: true, displayName: true } }) : ([] as UserEntity[]),
    ]);
    if (viewer.displayName !== undefined) learners.push(Object.assign(new UserEntity(), { id: viewer.id, displayName: viewer.displayName }));
    const courseOf = new Map(courseIds.map((id, i) => [id, { slug: slugs[i] }]));
    const exerciseOf = new Map(exercises.map((e) => [e.id, e]));
    const staffOf = new Map<string, boolean>();
    for (const courseId of unique(submissions.map((s) => s.courseId))) staffOf.set(courseId, await isCourseStaff(this.db, courseId, viewer));
    const now = new Date();
    return Promise.all(
      submissions.map(async (submission) => {
        const own = runs.filter((r) => r.submissionId === submission.id);
        const override = overrides.filter((o) => o.submissionId === submission.id).at(-1) ?? null;
        const latest = own.find((r) => r.runNumber === submission.latestRunNumber);
        return submissionView({
          submission,
          course: courseOf.get(submission.courseId) ?? { slug: '' },
          exercise: exerciseOf.get(submission.exerciseId) ?? { kind: ExerciseKind.PYTHON, publicSpec: {} },
          learner: learners.find((u) => u.id === submission.userId) ?? { displayName: '' },
          runs: own,
          override: override ? Object.assign(override, { byName: override.byUser?.displayName ?? 'a former staff member' }) : null,
          queuePosition: submission.status === SubmissionStatus.QUEUED && latest ? await this.queuePosition(latest) : null,
          viewerIsStaff: staffOf.get(submission.courseId) ?? false,
          now,
        });
      }),
    );
  }

  /**
   * Gradings the queue takes before this run: lower priority numbers first, then older runs. The
   * run's own stored time is compared (not a Date round trip), so it never counts itself.
   */
  private queuePosition(run: Pick<GradingRunEntity, 'submissionId' | 'runNumber'>): Promise<number> {
    const own = (column: string) => `(SELECT own.${column} FROM grading_runs own WHERE own.submission_id = :submissionId AND own.run_number = :runNumber)`;
    return this.db
      .getRepository(GradingRunEntity)
      .createQueryBuilder('r')
      .where('r.status = :queued', { queued: SubmissionStatus.QUEUED })
      .andWhere(new Brackets((b) => b.where(`r.priority < ${own('priority')}`).orWhere(`r.priority = ${own('priority')} AND r.created_at < ${own('created_at')}`)), { submissionId: run.submissionId, runNumber: run.runNumber })
      .getCount();
  }

  /**
   * Attempts count every submission of the exercise except those the grader itself failed on: one
   * counts once any of its runs is pending or graded, so a regrade that meets a grader fault does
   * not hand the attempt back.
   */
  private attemptsUsed(userId: string, courseId: string, exerciseSlug: string): Promise<number> {
    return this.db
      .getRepository(SubmissionEntity)
      .createQueryBuilder('s')
      .where('s.user_id = :userId AND s.course_id = :courseId AND s.exercise_slug = :exerciseSlug', { userId, courseId, exerciseSlug })
      .andWhere('EXISTS (SELECT 1 FROM grading_runs r WHERE r.submission_id = s.id AND r.status <> :fault)', { fault: SubmissionStatus.GRADER_FAULT })
      .getCount();
  }

  private maxAttempts(exercise: ExerciseEntity): number {
    return exerciseMaxAttempts(exercise) ?? this.settings.grading.defaultMaxAttempts;
  }

  private async assertSandbox(): Promise<void> {
    const problem = await this.queue.pythonSandboxProblem();
    if (problem) throw new AppError(ErrorCode.SANDBOX_UNAVAILABLE, `Python submissions cannot be graded on this server right now (${problem}); nothing was stored.`);
  }
}
