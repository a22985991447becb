/** Submission vocabulary shared by the API, the grader and the web app. */

/**
 * What a learner sees of a submission (its latest grading run). `QUEUED` and `RUNNING` are
 * pending; every other status is final for that run.
 */
export enum SubmissionStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  PASSED = 'PASSED',
  /** Graded: some cases or questions were wrong, or the score is under the pass mark. */
  FAILED = 'FAILED',
  SYNTAX_ERROR = 'SYNTAX_ERROR',
  RUNTIME_ERROR = 'RUNTIME_ERROR',
  TIME_LIMIT = 'TIME_LIMIT',
  MEMORY_LIMIT = 'MEMORY_LIMIT',
  OUTPUT_LIMIT = 'OUTPUT_LIMIT',
  /** The submission could not be graded as given (a malformed predictions file, say). */
  INVALID_SUBMISSION = 'INVALID_SUBMISSION',
  /** The grader failed after its retries; never counted against the learner's attempts. */
  GRADER_FAULT = 'GRADER_FAULT',
}

export const PENDING_SUBMISSION_STATUSES: readonly SubmissionStatus[] = [SubmissionStatus.QUEUED, SubmissionStatus.RUNNING];

export function isPendingStatus(status: SubmissionStatus): boolean {
  return PENDING_SUBMISSION_STATUSES.includes(status);
}

/** Size limits of what a learner submits, checked by the API before anything is stored. */
export const SUBMISSION_LIMITS = {
  codeBytes: 64 * 1024,
  predictionsBytes: 5 * 1024 * 1024,
  quizAnswerChars: 500,
} as const;
