import { SubmissionStatus } from '@sankofa/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { admin, type Handler, graphqlError, learner } from '../../../test/fake-api';
import type { GradingOverviewData } from '../graphql/grading-overview.query';
import { PAGE_TEST_TIMEOUT, renderAsStaff, staffSubmission } from '../testing/fixtures';

function overview(overrides: Partial<GradingOverviewData> = {}): { data: GradingOverviewData } {
  return {
    data: {
      gradingQueue: { waiting: 3, active: 2, delayed: 1, failed: 0, workers: 2 },
      recentGradingFailures: [
        { submissionId: 's1', courseSlug: 'python-for-data', exerciseSlug: 'mean-and-spread', runNumber: 2, status: SubmissionStatus.GRADER_FAULT, message: 'Sandbox did not start', at: '2026-03-05T12:00:00.000Z' },
      ],
      ...overrides,
    },
  };
}

// The page asks again this long after each answer.
const QUEUE_REFRESH_MS = 5000;

const counts = () => [...document.querySelectorAll('.queue-counts div')].map((item) => item.textContent);

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('the grading page', { timeout: PAGE_TEST_TIMEOUT }, () => {
  beforeAll(async () => {
    await import('./grading-routes');
  });
  afterEach(() => {
    vi.useRealTimers();
    setVisibility('visible');
  });

  it('shows the queue and the latest grader faults, each opening its submission', async () => {
    const app = renderAsStaff('/grading', { GradingOverview: () => overview(), StaffSubmission: () => ({ data: { submission: staffSubmission() } }) }, admin);
    expect(await screen.findByRole('heading', { level: 1, name: 'Grading' })).toBeTruthy();
    await waitFor(() => expect(counts()).toEqual(['Waiting3', 'Running2', 'Retrying (delayed)1', 'Failed0', 'Graders connected2']));
    expect(screen.getByText(/^Updated at .*, every 5 seconds while this page is open\.$/)).toBeTruthy();
    expect(app.api.calls('GradingOverview')[0].variables).toEqual({ failures: 20 });
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row').map((row) => [...row.children].slice(0, 3).map((cell) => cell.textContent))).toEqual([
      ['Course / exercise', 'Run', 'Message'],
      ['python-for-data / mean-and-spread', '2', 'Sandbox did not start'],
    ]);

    await userEvent.click(within(table).getByRole('link', { name: 'python-for-data / mean-and-spread' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Submission by Amina Diallo' })).toBeTruthy();
    expect(app.currentPath()).toBe('/grading/submissions/s1');
    expect(screen.getByRole('link', { name: '← Every submission of this exercise' }).getAttribute('href')).toBe('/grading/courses/python-for-data/exercises/mean-and-spread');
    expect(screen.getByRole('button', { name: 'Regrade this submission' })).toBeTruthy();
  });

  it('refreshes every 5 seconds while visible, not while hidden, and keeps the last counts when a refresh fails', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    let answer: ReturnType<Handler> = overview();
    const { api } = renderAsStaff('/grading', { GradingOverview: () => answer });
    await waitFor(() => expect(counts()[0]).toBe('Waiting3'));
    expect(api.calls('GradingOverview')).toHaveLength(1);

    answer = overview({ gradingQueue: { waiting: 0, active: 1, delayed: 0, failed: 0, workers: 0 }, recentGradingFailures: [] });
    await vi.advanceTimersByTimeAsync(QUEUE_REFRESH_MS);
    await waitFor(() => expect(counts()[0]).toBe('Waiting0'));
    expect(screen.getByText('No grader is connected: submissions wait in the queue until one starts.')).toBeTruthy();
    expect(screen.getByText('No grader fault recently.')).toBeTruthy();

    setVisibility('hidden');
    await vi.advanceTimersByTimeAsync(QUEUE_REFRESH_MS * 3);
    expect(api.calls('GradingOverview')).toHaveLength(2);

    answer = graphqlError('INTERNAL');
    setVisibility('visible');
    expect((await screen.findByRole('alert')).textContent).toMatch(/^The counts could not be refreshed: Something went wrong on our side\. Please try again\. They are from /);
    expect(api.calls('GradingOverview')).toHaveLength(3);
    expect(counts()[0]).toBe('Waiting0');
  });

  it('says when the queue cannot be read, and tries again', async () => {
    let answer: ReturnType<Handler> = graphqlError('FORBIDDEN');
    renderAsStaff('/grading', { GradingOverview: () => answer });
    expect((await screen.findByRole('alert')).textContent).toMatch(/^You do not have permission to do this\./);
    answer = overview();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(counts()[0]).toBe('Waiting3'));
  });

  it('is not offered to learners', async () => {
    const app = renderAsStaff('/grading', { LearnHome: () => graphqlError('INTERNAL') }, learner);
    await waitFor(() => expect(app.currentPath()).toBe('/learn'));
    expect(app.api.calls('GradingOverview')).toHaveLength(0);
  });
});
