import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CourseEntity, ExerciseEntity, GradingRunEntity, SubmissionEntity } from '@sankofa/db';
import { SubmissionStatus } from '@sankofa/domain';
import { GradeSubmissionPayload } from '@sankofa/queue';
import { LRUCache } from 'lru-cache';
import { DataSource, IsNull } from 'typeorm';
import { graderFaultOutcome, type GradeOutcome } from './grade-outcome';

/** The latest score override of the submission, if any, wins over the grader's score. */
const OVERRIDDEN = (column: 'score' | 'passed', parameter: string) =>
  `COALESCE((SELECT o.${column} FROM score_overrides o WHERE o.submission_id = :submissionId ORDER BY o.created_at DESC LIMIT 1), :${parameter})`;

/** A run the grader took, with what grading it needs (the immutable exercise version included). */
export interface ClaimedRun {
  run: GradingRunEntity;
  submission: SubmissionEntity;
  exercise: ExerciseEntity;
  courseSlug: string;
}

/**
 * The grader's reads and writes of grading runs. A run's result is written once: every write
 * of a result is conditional on the run not being finished, so a job that runs twice (a worker
 * killed after writing, a stalled job taken again) never stores a second result.
 */
@Injectable()
export class GradingRunsStore {
  /** Published exercise versions never change: each is read once per process. */
  private readonly exercises = new LRUCache<string, { exercise: ExerciseEntity; courseSlug: string }>({ max: 256 });

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Marks the run RUNNING and loads it; null when it is already finished or no longer exists.
   * The submission shows RUNNING only once `announceRunning` says so: a quiz or a prediction
   * file is graded in about a millisecond, too fast for that state to tell a learner anything.
   */
  async claim({ submissionId, runNumber }: GradeSubmissionPayload): Promise<ClaimedRun | null> {
    const runs = this.db.getRepository(GradingRunEntity);
    const claimed = await runs
      .createQueryBuilder()
      .update()
      .set({ status: SubmissionStatus.RUNNING, startedAt: new Date(), graderAttempts: () => 'grader_attempts + 1' })
      .where({ submissionId, runNumber, finishedAt: IsNull() })
      .execute();
    if (!claimed.affected) return null;
    const run = (await runs
      .createQueryBuilder('r')
      .innerJoinAndMapOne('r.submission', SubmissionEntity, 's', 's.id = r.submission_id')
      .where({ submissionId, runNumber })
      .getOneOrFail()) as GradingRunEntity & { submission: SubmissionEntity };
    const { submission } = run;
    const { exercise, courseSlug } = await this.exerciseOf(run.exerciseId, submission.courseId);
    return { run, submission, exercise, courseSlug };
  }

  /** The submission shows that its run is being graded. */
  announceRunning(claimed: ClaimedRun): Promise<void> {
    return this.mirrorStatus(claimed.submission, claimed.run.runNumber, SubmissionStatus.RUNNING);
  }

  private async exerciseOf(exerciseId: string, courseId: string): Promise<{ exercise: ExerciseEntity; courseSlug: string }> {
    const cached = this.exercises.get(exerciseId);
    if (cached) return cached;
    const [exercise, course] = await Promise.all([
      this.db.getRepository(ExerciseEntity).findOneByOrFail({ id: exerciseId }),
      this.db.getRepository(CourseEntity).findOneOrFail({ where: { id: courseId }, select: { id: true, slug: true } }),
    ]);
    const entry = { exercise, courseSlug: course.slug };
    this.exercises.set(exerciseId, entry);
    return entry;
  }

  /** Stores the run's result unless one is stored already; true when this call stored it. */
  complete(claimed: ClaimedRun, outcome: GradeOutcome, durationMs: number): Promise<boolean> {
    return this.storeResult(claimed.run, outcome, durationMs);
  }

  /**
   * Ends the run with a grader fault (never counted as an attempt), the fault noted for
   * operators, unless it has a result already: after the last try, or for a run no grader can
   * finish (each try killed its grader, say). True when this call stored it.
   */
  async recordFault(run: Pick<GradingRunEntity, 'id' | 'submissionId' | 'runNumber'>, fault: string, durationMs = 0): Promise<boolean> {
    await this.db.getRepository(GradingRunEntity).update({ id: run.id, finishedAt: IsNull() }, { faultMessage: fault.slice(0, 2000) });
    return this.storeResult(run, graderFaultOutcome(), durationMs);
  }

  private storeResult(run: Pick<GradingRunEntity, 'id' | 'submissionId' | 'runNumber'>, outcome: GradeOutcome, durationMs: number): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const written = await tx
        .createQueryBuilder()
        .update(GradingRunEntity)
        .set({ status: outcome.status, score: outcome.score, passed: outcome.passed, result: outcome.result, durationMs: Math.round(durationMs), finishedAt: new Date() })
        .where({ id: run.id, finishedAt: IsNull() })
        .execute();
      if (!written.affected) return false;
      await tx
        .createQueryBuilder()
        .update(SubmissionEntity)
        .set({ status: outcome.status, score: () => OVERRIDDEN('score', 'gradedScore'), passed: () => OVERRIDDEN('passed', 'gradedPassed') })
        .where('id = :submissionId AND latest_run_number = :runNumber', { submissionId: run.submissionId, runNumber: run.runNumber })
        .setParameters({ gradedScore: outcome.score, gradedPassed: outcome.passed })
        .execute();
      return true;
    });
  }

  /** A grader fault with tries left: the run goes back to the queue's care, the fault noted for operators. */
  async releaseForRetry(claimed: ClaimedRun, fault: string): Promise<void> {
    await this.db
      .createQueryBuilder()
      .update(GradingRunEntity)
      .set({ status: SubmissionStatus.QUEUED, faultMessage: fault.slice(0, 2000) })
      .where({ id: claimed.run.id, finishedAt: IsNull() })
      .execute();
    await this.mirrorStatus(claimed.submission, claimed.run.runNumber, SubmissionStatus.QUEUED);
  }

  private async mirrorStatus(submission: SubmissionEntity, runNumber: number, status: SubmissionStatus): Promise<void> {
    await this.db
      .createQueryBuilder()
      .update(SubmissionEntity)
      .set({ status })
      .where({ id: submission.id, latestRunNumber: runNumber })
      .execute();
  }
}
