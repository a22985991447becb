import { SubmissionStatus } from '@sankofa/domain';
import { configure } from '@testing-library/react';
import { createFakeApi, type Handler, instructor, sessionFor } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import type { User } from '../../../shared/graphql/user.fragment';
import { graded, gradingResult, submission } from '../../submissions/testing/fixtures';
import type { StaffSubmission, StaffSubmissionSummary } from '../graphql/staff-submission.fragment';

// The grading pages are a lazy chunk: on a shared, busy machine the first render can take
// longer than Testing Library's default second.
configure({ asyncUtilTimeout: 4000 });
export const PAGE_TEST_TIMEOUT = 15_000;

/** A graded submission as staff open it: Amina's first attempt, passed, graded once. */
export function staffSubmission(overrides: Partial<StaffSubmission> = {}): StaffSubmission {
  const base = graded(submission({ id: 's1', createdAt: '2026-03-02T10:00:00.000Z' }), gradingResult({ score: 0.5, passed: false, status: SubmissionStatus.FAILED, message: 'One check of two passed.' }));
  return {
    ...base,
    override: null,
    learnerName: 'Amina Diallo',
    courseSlug: 'python-for-data',
    exerciseSlug: 'mean-and-spread',
    runs: [{ runNumber: 1, reason: 'submitted', status: SubmissionStatus.FAILED, createdAt: '2026-03-02T10:00:00.000Z', finishedAt: '2026-03-02T10:00:03.000Z' }],
    ...overrides,
  };
}

export function summaryOf({ result: _result, override: _override, runs: _runs, courseSlug: _course, exerciseSlug: _exercise, ...summary }: StaffSubmission): StaffSubmissionSummary {
  return summary;
}

export function submissionsPage(nodes: StaffSubmission[], page: { hasNextPage?: boolean; endCursor?: string | null; totalCount?: number } = {}) {
  return {
    data: {
      exerciseSubmissions: {
        edges: nodes.map((node) => ({ node: summaryOf(node) })),
        pageInfo: { endCursor: page.endCursor ?? null, hasNextPage: page.hasNextPage ?? false },
        totalCount: page.totalCount ?? nodes.length,
      },
    },
  };
}

/** The app at `path` for signed-in staff (an instructor unless `user` says otherwise). */
export function renderAsStaff(path: string, handlers: Record<string, Handler>, user: User = instructor) {
  return renderApp({ path, api: createFakeApi({ RefreshSession: sessionFor(user), ...handlers }) });
}
