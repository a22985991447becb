import { ExerciseKind, SubmissionStatus } from '@sankofa/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { useFakeSocketServer } from '../../../test/fake-socket';
import { exercise, PAGE_TEST_TIMEOUT, renderExercise } from '../../exercise/testing/exercise-fixtures';
import type { SubmissionSummary } from '../graphql/submission.fragment';
import { changeStatus, graded, gradingResult, submission, summaryOf } from '../testing/fixtures';

const python = exercise({ slug: 'mean-and-spread', title: 'Mean and spread', kind: 'PYTHON', starterCode: 'def mean(values):\n    ...\n' });

function page(nodes: SubmissionSummary[], hasNextPage = false, endCursor: string | null = null) {
  return { data: { mySubmissions: { edges: nodes.map((node) => ({ node })), pageInfo: { endCursor, hasNextPage }, totalCount: nodes.length } } };
}


describe('attempts at an exercise', { timeout: PAGE_TEST_TIMEOUT }, () => {
  const socket = useFakeSocketServer();
  beforeAll(async () => {
    await import('../../exercise/components/ExercisePage');
  });

  it('lists attempts newest first, each opening to its result, with older ones on demand', async () => {
    const second = graded(
      submission({ id: 's2', attemptNumber: 2, createdAt: '2026-03-02T11:00:00.000Z', updatedAt: '2026-03-02T11:00:00.000Z' }),
      gradingResult({
        status: SubmissionStatus.RUNTIME_ERROR,
        score: 0,
        passed: false,
        message: 'Your code raised an error on every check.',
        errorDetail: 'Traceback (most recent call last):\n  File "solution.py", line 2, in mean\nZeroDivisionError: division by zero',
      }),
    );
    const first = graded(submission({ id: 's1', attemptNumber: 1 }), gradingResult({ status: SubmissionStatus.SYNTAX_ERROR, score: 0, passed: false }));
    const { api } = renderExercise(python, {
      MySubmissions: (variables) => (variables['after'] ? page([summaryOf(first)]) : page([summaryOf(second)], true, 'cursor-1')),
      Submission: (variables) => ({ data: { submission: variables['id'] === 's2' ? second : first } }),
    });
    const history = (await screen.findByRole('heading', { name: 'Your attempts' })).closest('section') as HTMLElement;
    const attempt = await within(history).findByText('Attempt 2');
    expect(attempt.closest('summary')?.textContent).toMatch(/^Attempt 2 Your code stopped with an error · 0% /);
    expect(api.calls('MySubmissions')[0].variables).toEqual({ courseSlug: 'python-for-data', exerciseSlug: 'mean-and-spread', first: 10, after: null });

    await userEvent.click(attempt);
    expect(await within(history).findByText('Your code raised an error on every check.')).toBeTruthy();
    expect(within(history).getByText(/ZeroDivisionError: division by zero/).tagName).toBe('PRE');
    expect(api.calls('Submission').map((r) => r.variables)).toEqual([{ id: 's2' }]);

    await userEvent.click(within(history).getByRole('button', { name: 'Show older attempts' }));
    expect(await within(history).findByText('Attempt 1')).toBeTruthy();
    expect(api.calls('MySubmissions')[1].variables).toMatchObject({ after: 'cursor-1' });
    expect(within(history).queryByRole('button', { name: 'Show older attempts' })).toBeNull();
    // The status panel stays empty: nothing of this visit is being graded.
    expect(screen.queryByRole('heading', { name: 'Your submission' })).toBeNull();
  });

  it('follows the newest attempt when it is still being graded', async () => {
    const running = submission({ id: 's9', kind: ExerciseKind.PYTHON, status: SubmissionStatus.RUNNING, queuePosition: null, attemptNumber: 4 });
    const { api } = renderExercise(python, { MySubmissions: () => page([summaryOf(running)]), Submission: () => ({ data: { submission: running } }) });
    expect(await screen.findByRole('heading', { name: 'Your submission' })).toBeTruthy();
    await waitFor(() => expect(socket.subscriptions('submissionUpdated')).toEqual([{ id: 's9' }]));
    changeStatus(api, socket, graded(running, gradingResult({ status: SubmissionStatus.TIME_LIMIT, score: 0, passed: false })));
    await waitFor(() => expect(document.querySelector('.status-headline')?.textContent).toBe('Time limit: your code ran for too long'));
    const history = screen.getByRole('heading', { name: 'Your attempts' }).closest('section') as HTMLElement;
    expect(within(history).getByText('Attempt 4').closest('summary')?.textContent).toMatch(/Time limit: your code ran for too long · 0%/);
  });

  it('lists each attempt made on the page, newest first', async () => {
    const quiz = exercise({ questions: [{ id: 'q1', type: 'text', points: 1, promptHtml: '<p>Name a metric.</p>', options: [] }] });
    const attempts = [1, 2].map((n) => submission({ id: `s${n}`, kind: ExerciseKind.QUIZ, attemptNumber: n }));
    const { api } = renderExercise(quiz, {
      SubmitExercise: () => ({ data: { submitExercise: attempts[api.calls('SubmitExercise').length - 1] } }),
      Submission: (variables) => ({ data: { submission: attempts.find((a) => a.id === variables['id']) } }),
    });
    await userEvent.type(await screen.findByLabelText('Your answer'), 'accuracy');
    await userEvent.click(screen.getByRole('button', { name: 'Submit your answers' }));
    const history = screen.getByRole('heading', { name: 'Your attempts' }).closest('section') as HTMLElement;
    await within(history).findByText('Attempt 1');
    await waitFor(() => expect(socket.subscriptions('submissionUpdated')).toEqual([{ id: 's1' }]));
    changeStatus(api, socket, graded(attempts[0], gradingResult({ status: SubmissionStatus.FAILED, score: 0, passed: false })));
    await waitFor(() => expect(document.querySelector('.status-headline')?.textContent).toBe('Not passed yet'));
    await userEvent.type(screen.getByLabelText('Your answer'), ' and recall');
    await userEvent.click(screen.getByRole('button', { name: 'Submit your answers' }));
    await within(history).findByText('Attempt 2');
    // The first attempt keeps the outcome it reached while it was followed.
    expect(within(history).getAllByRole('listitem').map((item) => item.querySelector('summary')?.textContent?.replace(/ \S+ \d+, \d{4}.*$/, ''))).toEqual([
      'Attempt 2 Queued — position 1',
      'Attempt 1 Not passed yet · 0%',
    ]);
  });

  it('says when the attempts could not be loaded, and tries again', async () => {
    let down = true;
    renderExercise(python, { MySubmissions: () => (down ? { data: null, errors: [{ message: 'boom', extensions: { code: 'INTERNAL' } }] } : page([])) });
    const history = (await screen.findByRole('heading', { name: 'Your attempts' })).closest('section') as HTMLElement;
    expect((await within(history).findByRole('alert')).textContent).toMatch(/^Something went wrong on our side/);
    down = false;
    await userEvent.click(within(history).getByRole('button', { name: 'Try again' }));
    expect(await within(history).findByText('You have not submitted this exercise yet.')).toBeTruthy();
  });
});
