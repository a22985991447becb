import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CourseVersionEntity, ExerciseEntity, GradingRunEntity, ScoreOverrideEntity, SubmissionEntity, UserEntity } from '@sankofa/db';
import { ErrorCode, ExerciseKind, InputErrorReason, isPendingStatus, SubmissionStatus } from '@sankofa/domain';
import { meetsPassScore, type MetricName } from '@sankofa/grading';
import { BULK_REGRADE_PRIORITY } from '@sankofa/queue';
import { DataSource, EntityManager, In } from 'typeorm';
import { AppError, BadInputError, NotFoundError } from '../common/app-error';
import { isCourseStaff } from '../common/course-staff';
import { GradingQueue } from '../grading/grading-queue.service';
import { SubmissionEvents } from './submission-events';
import type { Submission } from './submissions.models';
import { SubmissionsService } from './submissions.service';

/** Runs added to the queue per BullMQ bulk call during an exercise-wide regrade. */
const REGRADE_CHUNK = 500;

/**
 * What the course's instructors and admins do to submissions: regrade one or every submission of
 * an exercise (each a new grading run, against the exercise as published now), and override a
 * score with a reason (an audit record of its own; grading never erases it).
 */
@Injectable()
export class SubmissionStaffService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly submissions: SubmissionsService,
    private readonly queue: GradingQueue,
    private readonly events: SubmissionEvents,
  ) {}

  async regradeSubmission(id: string, reason: string, actor: UserEntity): Promise<Submission> {
    const why = checkedReason(reason);
    const submission = await this.submissions.readable(id, actor);
    await this.assertStaff(submission.courseId, actor);
    if (isPendingStatus(submission.status)) throw new AppError(ErrorCode.CONFLICT, 'This submission is being graded; regrade it once the current grading is done.');
    const [run] = await this.addRuns([submission], why, actor, 0);
    await this.queue.enqueue({ submissionId: submission.id, runNumber: run.runNumber }).catch(() => undefined);
    await this.events.changed({ submissionId: submission.id, runNumber: run.runNumber, status: SubmissionStatus.QUEUED });
    return this.submissions.submission(id, actor);
  }

  /** Regrades every submission of the exercise that is not being graded, behind learners' new submissions. */
  async regradeExercise(courseSlug: string, exerciseSlug: string, reason: string, actor: UserEntity): Promise<number> {
    const why = checkedReason(reason);
    const course = await this.submissions.courseBySlug(courseSlug);
    await this.assertStaff(course.id, actor);
    const published = course.publishedVersionId !== null && (await this.db.getRepository(ExerciseEntity).existsBy({ versionId: course.publishedVersionId, slug: exerciseSlug }));
    if (!published && !(await this.db.getRepository(SubmissionEntity).existsBy({ courseId: course.id, exerciseSlug }))) throw new NotFoundError('This exercise');
    const all = await this.db.getRepository(SubmissionEntity).find({ where: { courseId: course.id, exerciseSlug }, select: { id: true, courseId: true, exerciseId: true, exerciseSlug: true, latestRunNumber: true, status: true } });
    const settled = all.filter((s) => !isPendingStatus(s.status));
    let queued = 0;
    for (let i = 0; i < settled.length; i += REGRADE_CHUNK) {
      const runs = await this.addRuns(settled.slice(i, i + REGRADE_CHUNK), why, actor, BULK_REGRADE_PRIORITY);
      await this.queue.enqueueMany(runs.map((r) => ({ submissionId: r.submissionId, runNumber: r.runNumber })), BULK_REGRADE_PRIORITY).catch(() => undefined);
      queued += runs.length;
    }
    return queued;
  }

  async overrideScore(submissionId: string, score: number, reason: string, actor: UserEntity): Promise<Submission> {
    const why = checkedReason(reason);
    const submission = await this.submissions.readable(submissionId, actor);
    await this.assertStaff(submission.courseId, actor);
    const exercise = await this.db.getRepository(ExerciseEntity).findOneByOrFail({ id: submission.exerciseId });
    const metric = exercise.publicSpec['metric'] as MetricName | undefined;
    if (!Number.isFinite(score) || (exercise.kind !== ExerciseKind.PREDICTION && (score < 0 || score > 1))) {
      throw new BadInputError('score', InputErrorReason.INVALID_VALUE, exercise.kind === ExerciseKind.PREDICTION ? 'The score must be a number.' : 'The score must be between 0 and 1.');
    }
    const passed = exercise.kind === ExerciseKind.PREDICTION && metric ? meetsPassScore(metric, score, exercise.passScore) : score >= exercise.passScore;
    await this.db.transaction(async (tx) => {
      await tx.getRepository(ScoreOverrideEntity).insert({ submissionId, score, passed, reason: why, byUserId: actor.id });
      await tx.getRepository(SubmissionEntity).update({ id: submissionId }, { score, passed });
    });
    return this.submissions.submission(submissionId, actor);
  }

  private async assertStaff(courseId: string, actor: UserEntity): Promise<void> {
    if (!(await isCourseStaff(this.db, courseId, actor))) throw new AppError(ErrorCode.FORBIDDEN, 'Only the instructors of this course and admins may do this.');
  }

  /** New runs against the exercise as published now (the version answered when it is gone). */
  private async addRuns(submissions: Pick<SubmissionEntity, 'id' | 'courseId' | 'exerciseId' | 'exerciseSlug' | 'latestRunNumber'>[], reason: string, actor: UserEntity, priority: number): Promise<GradingRunEntity[]> {
    return this.db.transaction(async (tx) => {
      const current = await this.currentExercises(tx, submissions);
      const runs = submissions.map((s) =>
        tx.getRepository(GradingRunEntity).create({
          submissionId: s.id,
          runNumber: s.latestRunNumber + 1,
          exerciseId: current.get(`${s.courseId}/${s.exerciseSlug}`) ?? s.exerciseId,
          status: SubmissionStatus.QUEUED,
          priority,
          reason,
          requestedById: actor.id,
        }),
      );
      await tx.getRepository(GradingRunEntity).save(runs, { chunk: 100 });
      for (const s of submissions) {
        await tx.getRepository(SubmissionEntity).update({ id: s.id, latestRunNumber: s.latestRunNumber }, { latestRunNumber: s.latestRunNumber + 1, status: SubmissionStatus.QUEUED });
      }
      return runs;
    });
  }

  private async currentExercises(tx: EntityManager, submissions: Pick<SubmissionEntity, 'courseId' | 'exerciseSlug'>[]): Promise<Map<string, string>> {
    const courseIds = [...new Set(submissions.map((s) => s.courseId))];
    const versions = await tx
      .getRepository(CourseVersionEntity)
      .createQueryBuilder('v')
      .innerJoin('courses', 'c', 'c.published_version_id = v.id')
      .where({ courseId: In(courseIds) })
      .getMany();
    const exercises = versions.length ? await tx.getRepository(ExerciseEntity).find({ where: { versionId: In(versions.map((v) => v.id)) }, select: { id: true, versionId: true, slug: true } }) : [];
    const courseOf = new Map(versions.map((v) => [v.id, v.courseId]));
    return new Map(exercises.map((e) => [`${courseOf.get(e.versionId)}/${e.slug}`, e.id]));
  }
}

function checkedReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < 3) throw new BadInputError('reason', InputErrorReason.REQUIRED, 'Say why, in a few words: learners and other staff see it.');
  if (trimmed.length > 280) throw new BadInputError('reason', InputErrorReason.TOO_LONG, 'Keep the reason under 280 characters.');
  return trimmed;
}
