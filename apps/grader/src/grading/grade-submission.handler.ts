import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CourseFileEntity, decodeFileContent } from '@sankofa/db';
import { ExerciseKind, SubmissionStatus } from '@sankofa/domain';
import { GraderFaultError, parsePredictionLabels, type PredictionLabels } from '@sankofa/grading';
import { GradeSubmissionPayload, JobAttempt } from '@sankofa/queue';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';
import { PythonSandbox } from '../sandbox/python-sandbox.service';
import type { GradeOutcome } from './grade-outcome';
import { GradingRunsStore, type ClaimedRun } from './grading-runs.store';
import { predictionSettings, gradePrediction } from './kinds/prediction.grader';
import { pythonJob, pythonOutcome } from './kinds/python.grader';
import { gradeQuiz } from './kinds/quiz.grader';
import { SubmissionEventsPublisher } from './submission-events.publisher';


/**
 * Grades one grading run: claims it (RUNNING), grades it by the exercise kind, stores the result
 * once, and publishes each status change. A grader fault (the grader's own failure, never the
 * learner's) is retried by the queue with backoff; on the last try it becomes the run's result.
 */
@Injectable()
export class GradeSubmissionHandler {
  private readonly logger = new Logger(GradeSubmissionHandler.name);
  /** Published exercise versions never change, so their hidden labels are parsed once per process. */
  private readonly labels = new LRUCache<string, PredictionLabels>({ max: 32 });

  constructor(
    private readonly runs: GradingRunsStore,
    private readonly sandbox: PythonSandbox,
    private readonly events: SubmissionEventsPublisher,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async handle(payload: GradeSubmissionPayload, attempt: JobAttempt): Promise<void> {
    const claimed = await this.runs.claim(payload);
    if (!claimed) {
      this.logger.debug(`run ${payload.runNumber} of ${payload.submissionId} is already graded`);
      return;
    }
    if (claimed.exercise.kind === ExerciseKind.PYTHON) {
      await this.runs.announceRunning(claimed);
      await this.publish(claimed, SubmissionStatus.RUNNING);
    }
    const started = performance.now();
    let outcome: GradeOutcome;
    try {
      outcome = await this.grade(claimed);
    } catch (error) {
      const fault = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      if (!attempt.last) {
        this.logger.warn(`grader fault on run ${payload.runNumber} of ${payload.submissionId} (try ${attempt.number}), retrying: ${fault}`);
        await this.runs.releaseForRetry(claimed, fault);
        await this.publish(claimed, SubmissionStatus.QUEUED);
        throw error;
      }
      this.logger.error(`grader fault on run ${payload.runNumber} of ${payload.submissionId}, no tries left: ${fault}`);
      if (await this.runs.recordFault(claimed.run, fault, performance.now() - started)) await this.publish(claimed, SubmissionStatus.GRADER_FAULT);
      return;
    }
    if (await this.runs.complete(claimed, outcome, performance.now() - started)) await this.publish(claimed, outcome.status);
  }

  private async grade({ exercise, submission, courseSlug }: ClaimedRun): Promise<GradeOutcome> {
    switch (exercise.kind) {
      case ExerciseKind.QUIZ:
        return gradeQuiz(exercise, submission.content);
      case ExerciseKind.PYTHON: {
        const { result, limits } = await this.sandbox.run(pythonJob(exercise, submission.content));
        return pythonOutcome(result, limits, exercise.passScore);
      }
      case ExerciseKind.PREDICTION: {
        const settings = predictionSettings(courseSlug, exercise);
        return gradePrediction(settings, await this.labelsOf(exercise.id, exercise.versionId, String(exercise.hiddenSpec['labels']), settings), submission.content);
      }
      default:
        throw new GraderFaultError(`no grader for exercise kind ${String(exercise.kind)}`);
    }
  }

  private async labelsOf(exerciseId: string, versionId: string, path: string, settings: ReturnType<typeof predictionSettings>): Promise<PredictionLabels> {
    const cached = this.labels.get(exerciseId);
    if (cached) return cached;
    const file = await this.db.getRepository(CourseFileEntity).findOneBy({ versionId, path });
    if (!file) throw new GraderFaultError(`the exercise's labels file ${path} is missing`);
    const labels = parsePredictionLabels(decodeFileContent(file), settings);
    this.labels.set(exerciseId, labels);
    return labels;
  }

  private publish({ submission, run }: ClaimedRun, status: SubmissionStatus): Promise<void> {
    return this.events.publish({ submissionId: submission.id, runNumber: run.runNumber, status });
  }
}
