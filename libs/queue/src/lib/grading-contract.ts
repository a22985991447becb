import type { ConnectionOptions, JobsOptions, WorkerOptions } from 'bullmq';

/**
 * The grading queue contract, shared by the API (producer) and the grader (consumer).
 * Queue names, job names, payloads and job options live here and nowhere else.
 */
export const GRADING_QUEUE = 'grading';

export enum GradingJobName {
  /** Grade one grading run of a submission. */
  GRADE_SUBMISSION = 'grade-submission',
}

export interface GradeSubmissionPayload {
  submissionId: string;
  /** Grading runs are numbered per submission from 1; a regrade adds a run. */
  runNumber: number;
}

export interface GradingJobPayloads {
  [GradingJobName.GRADE_SUBMISSION]: GradeSubmissionPayload;
}

/** Which try of a job this is: a handler records a grader fault only on the last one. */
export interface JobAttempt {
  /** 1 for the first try. */
  number: number;
  last: boolean;
}

/** A handler per job name: the grader refuses to start unless each name has exactly one. */
export type GradingJobHandlers = {
  [N in GradingJobName]: (payload: GradingJobPayloads[N], attempt: JobAttempt) => Promise<void>;
};

export const GRADING_JOB_NAMES: readonly GradingJobName[] = Object.values(GradingJobName);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** BullMQ refuses integer ids and ids containing ':'; a UUID and a run number give neither. */
export function gradingJobId({ submissionId, runNumber }: GradeSubmissionPayload): string {
  if (!UUID.test(submissionId)) throw new Error(`submissionId must be a UUID, got ${JSON.stringify(submissionId)}`);
  if (!Number.isInteger(runNumber) || runNumber < 1) throw new Error(`runNumber must be a positive integer, got ${runNumber}`);
  return `grade-${submissionId.toLowerCase()}-${runNumber}`;
}

/** Validates a payload read back from Redis before a handler trusts it. */
export function parseGradeSubmissionPayload(data: unknown): GradeSubmissionPayload {
  const value = data as Partial<GradeSubmissionPayload> | null;
  if (!value || typeof value.submissionId !== 'string' || typeof value.runNumber !== 'number') {
    throw new Error(`malformed ${GradingJobName.GRADE_SUBMISSION} payload: ${JSON.stringify(data)}`);
  }
  gradingJobId(value as GradeSubmissionPayload);
  return { submissionId: value.submissionId, runNumber: value.runNumber };
}

/**
 * BullMQ takes jobs without a priority before prioritized ones: learners' submissions and single
 * regrades go without; a bulk regrade of a whole exercise waits behind them.
 */
export const BULK_REGRADE_PRIORITY = 10;

/** Grader attempts per run: a grader fault is retried with backoff, then recorded as the run's result. */
export const GRADING_ATTEMPTS = 3;

/**
 * All job options in one place. Grader faults are retried with backoff (grading is idempotent:
 * a run's result is written once); finished jobs are kept briefly for inspection.
 */
export function gradingJobOptions(payload: GradeSubmissionPayload, priority = 0): JobsOptions {
  return {
    jobId: gradingJobId(payload),
    ...(priority > 0 ? { priority } : {}),
    attempts: GRADING_ATTEMPTS,
    backoff: { type: 'exponential', delay: 2000 },
    removeOnComplete: { age: 3600, count: 5000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}

/** Worker settings: a killed worker's job is picked up again within ~8 s (its lock expires, then a check finds it). */
export const GRADING_WORKER_OPTIONS: Pick<WorkerOptions, 'concurrency' | 'lockDuration' | 'stalledInterval' | 'maxStalledCount'> = {
  concurrency: 4,
  lockDuration: 5000,
  stalledInterval: 3000,
  maxStalledCount: 2,
};

/** BullMQ needs `maxRetriesPerRequest: null` on worker connections. */
export function bullConnection(redisUrl: string): ConnectionOptions {
  return { url: redisUrl, maxRetriesPerRequest: null, enableReadyCheck: true } as ConnectionOptions;
}
