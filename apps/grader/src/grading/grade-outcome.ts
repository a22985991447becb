import type { GradingResultRecord } from '@sankofa/db';
import { SubmissionStatus } from '@sankofa/domain';

/** What a grader for one exercise kind concludes about a submission. */
export interface GradeOutcome {
  status: SubmissionStatus;
  /** 0–1 for quizzes and Python; the metric's value over every row for predictions. */
  score: number;
  passed: boolean;
  result: GradingResultRecord;
}

export function emptyResult(overrides: Partial<GradingResultRecord> = {}): GradingResultRecord {
  return { message: null, errorDetail: null, cases: [], questions: [], problems: [], metric: null, publicScore: null, privateScore: null, ...overrides };
}

/** The grader failed on its side: shown as such, never counted as an attempt. */
export function graderFaultOutcome(): GradeOutcome {
  return {
    status: SubmissionStatus.GRADER_FAULT,
    score: 0,
    passed: false,
    result: emptyResult({ message: 'The grader failed on our side. This does not count as an attempt; submit again or ask for a regrade.' }),
  };
}

/** The submission cannot be graded as given: not the learner's code failing, their input being unusable. */
export function invalidSubmission(message: string, problems: GradingResultRecord['problems'] = []): GradeOutcome {
  return { status: SubmissionStatus.INVALID_SUBMISSION, score: 0, passed: false, result: emptyResult({ message, problems }) };
}
