import { ExerciseKind, SubmissionStatus } from '@sankofa/domain';
import type { FakeApi } from '../../../test/fake-api';
import type { useFakeSocketServer } from '../../../test/fake-socket';
import type { GradingResult, Submission, SubmissionSummary } from '../graphql/submission.fragment';

/** Submission answers for component tests, shaped like the real schema's. */
export function gradingResult(overrides: Partial<GradingResult> = {}): GradingResult {
  return {
    status: SubmissionStatus.PASSED,
    score: 1,
    passed: true,
    durationMs: 1240,
    message: null,
    errorDetail: null,
    cases: [],
    questions: [],
    problems: [],
    metric: null,
    publicScore: null,
    privateScore: null,
    ...overrides,
  };
}

export function submission(overrides: Partial<Submission> = {}): Submission {
  return {
    id: 'c0a80101-0000-4000-8000-0000000005b1',
    kind: ExerciseKind.PYTHON,
    status: SubmissionStatus.QUEUED,
    queuePosition: 0,
    attemptNumber: 1,
    score: null,
    passed: null,
    createdAt: '2026-03-02T10:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
    result: null,
    override: null,
    ...overrides,
  };
}

/** The same submission later on: graded with `result`. */
export function graded(base: Submission, result: GradingResult, seconds = 3): Submission {
  const updatedAt = new Date(Date.parse(base.updatedAt) + seconds * 1000).toISOString();
  return { ...base, status: result.status, queuePosition: null, score: result.score, passed: result.passed, updatedAt, result };
}

/** What the `submissionUpdated` subscription pushes: where the submission stands, without its result. */
export function summaryOf({ result: _result, override: _override, ...summary }: Submission): SubmissionSummary {
  return summary;
}

/**
 * A status change as the server makes it: the API answers the submission as `next` from now on,
 * and the socket pushes its summary (the page asks for the result once the status is final).
 */
export function changeStatus(api: FakeApi, socket: ReturnType<typeof useFakeSocketServer>, next: Submission): void {
  const earlier = api.handlerOf('Submission');
  api.on('Submission', (variables, request) => (variables['id'] === next.id || !earlier ? { data: { submission: next } } : earlier(variables, request)));
  socket.push('submissionUpdated', { submissionUpdated: summaryOf(next) });
}
