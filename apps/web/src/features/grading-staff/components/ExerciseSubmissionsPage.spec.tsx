import { ExerciseKind, SubmissionStatus } from '@sankofa/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphqlError, instructor, learner } from '../../../test/fake-api';
import { exercise, noAttempts } from '../../exercise/testing/exercise-fixtures';
import { PAGE_TEST_TIMEOUT, renderAsStaff, staffSubmission, submissionsPage } from '../testing/fixtures';

const PATH = '/grading/courses/python-for-data/exercises/mean-and-spread';
const amina = staffSubmission();
const kwame = staffSubmission({ id: 's2', learnerName: 'Kwame Asante', attemptNumber: 3, createdAt: '2026-03-03T08:00:00.000Z' });

async function openRow(learner: string) {
  await userEvent.click(await screen.findByText(learner));
  const row = screen.getByText(learner).closest('li') as HTMLElement;
  await within(row).findByRole('heading', { name: 'Gradings' });
  return row;
}

describe("an exercise's submissions, for course staff", { timeout: PAGE_TEST_TIMEOUT }, () => {
  beforeAll(async () => {
    await import('./grading-routes');
  });

  it.each([
    ['an instructor', instructor, true],
    ['a learner', learner, false],
  ])('is linked from the exercise page for staff only (%s)', async (_who, user, linked) => {
    const app = renderAsStaff('/courses/python-for-data/exercises/mean-and-spread', { Exercise: () => ({ data: exercise({ slug: 'mean-and-spread' }) }), MySubmissions: () => noAttempts, ExerciseSubmissions: () => submissionsPage([amina]) }, user);
    await screen.findByRole('heading', { level: 1, name: 'Tables quiz' });
    const link = screen.queryByRole('link', { name: 'Learners’ submissions' });
    expect(!!link).toBe(linked);
    if (!link) return;
    await userEvent.click(link);
    expect(await screen.findByText('Amina Diallo')).toBeTruthy();
    expect(app.currentPath()).toBe(PATH);
  });

  it("lists every learner's submissions, newest first, with more on demand", async () => {
    const { api } = renderAsStaff(PATH, {
      ExerciseSubmissions: (variables) => (variables['after'] ? submissionsPage([amina], { totalCount: 2 }) : submissionsPage([kwame], { hasNextPage: true, endCursor: 'c1', totalCount: 2 })),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Submissions' })).toBeTruthy();
    const first = (await screen.findByText('Kwame Asante')).closest('summary') as HTMLElement;
    expect(first.textContent).toMatch(/^Kwame Asante · Attempt 3 · Not passed yet · 50% · submitted Mar 3, 2026/);
    expect(screen.getByText('1 of 2 submissions')).toBeTruthy();
    expect(api.calls('ExerciseSubmissions')[0].variables).toEqual({ courseSlug: 'python-for-data', exerciseSlug: 'mean-and-spread', first: 20, after: null });

    await userEvent.click(screen.getByRole('button', { name: 'Load more submissions' }));
    expect(await screen.findByText('Amina Diallo')).toBeTruthy();
    expect(api.calls('ExerciseSubmissions')[1].variables).toMatchObject({ after: 'c1' });
    expect(screen.getByText('2 of 2 submissions')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more submissions' })).toBeNull();
  });

  it('opens a submission to its result, its gradings and the override on record', async () => {
    const overridden = staffSubmission({
      score: 0.8,
      override: { score: 0.8, reason: 'Case 2 was wrong', byName: 'Kofi Mensah', createdAt: '2026-03-04T09:15:00.000Z' },
      runs: [
        { runNumber: 1, reason: 'submitted', status: SubmissionStatus.FAILED, createdAt: '2026-03-02T10:00:00.000Z', finishedAt: '2026-03-02T10:00:03.000Z' },
        { runNumber: 2, reason: 'Fixed case 2', status: SubmissionStatus.FAILED, createdAt: '2026-03-03T10:00:00.000Z', finishedAt: '2026-03-03T10:00:03.000Z' },
      ],
    });
    const { api } = renderAsStaff(PATH, { ExerciseSubmissions: () => submissionsPage([overridden]), StaffSubmission: () => ({ data: { submission: overridden } }) });
    const row = await openRow('Amina Diallo');
    expect(api.calls('StaffSubmission').map((r) => r.variables)).toEqual([{ id: 's1' }]);
    expect(within(row).getByText('One check of two passed.')).toBeTruthy();
    expect(within(row).getByText(/^Score set to 80% by Kofi Mensah on Mar 4, 2026.*: “Case 2 was wrong”$/)).toBeTruthy();
    expect(within(row).getAllByRole('listitem').map((item) => item.textContent?.replace(/requested .*? —/, 'requested … —'))).toEqual([
      'Run 1: Not passed yet, requested … — submitted',
      'Run 2: Not passed yet, requested … — Fixed case 2',
    ]);
  });

  it('regrades a submission with a reason, and the row shows it queued', async () => {
    const queued = staffSubmission({ status: SubmissionStatus.QUEUED, queuePosition: 0, result: null, score: null });
    const { api } = renderAsStaff(PATH, {
      ExerciseSubmissions: () => submissionsPage([amina]),
      StaffSubmission: () => ({ data: { submission: amina } }),
      RegradeSubmission: () => ({ data: { regradeSubmission: queued } }),
    });
    const row = await openRow('Amina Diallo');
    await userEvent.click(within(row).getByRole('button', { name: 'Regrade this submission' }));
    const reason = within(row).getAllByLabelText('Reason')[0];
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(within(row).getByText('Say why, in at least 3 characters.')).toBeTruthy();
    expect(api.calls('RegradeSubmission')).toHaveLength(0);

    await userEvent.type(reason, '  Fixed case 2  ');
    await userEvent.click(within(row).getByRole('button', { name: 'Regrade this submission' }));
    expect(await within(row).findByText('Queued for regrading. Refresh to see the new result.')).toBeTruthy();
    expect(api.calls('RegradeSubmission').map((r) => r.variables)).toEqual([{ id: 's1', reason: 'Fixed case 2' }]);
    expect(row.querySelector('summary')?.textContent).toMatch(/Queued — position 1 · no score yet/);
    expect((within(row).getByRole('button', { name: 'Regrade this submission' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says when a submission is being graded, and when the API refuses the reason', async () => {
    let answer = graphqlError('CONFLICT', { message: 'This submission is being graded' });
    renderAsStaff(PATH, {
      ExerciseSubmissions: () => submissionsPage([amina]),
      StaffSubmission: () => ({ data: { submission: amina } }),
      RegradeSubmission: () => answer,
    });
    const row = await openRow('Amina Diallo');
    await userEvent.type(within(row).getAllByLabelText('Reason')[0], 'Fixed case 2');
    await userEvent.click(within(row).getByRole('button', { name: 'Regrade this submission' }));
    expect((await within(row).findByRole('alert')).textContent).toBe('This submission is being graded: try again once the grading is done.');

    answer = graphqlError('BAD_USER_INPUT', { field: 'reason', reason: 'TOO_LONG' });
    await userEvent.click(within(row).getByRole('button', { name: 'Regrade this submission' }));
    expect(await within(row).findByText('Keep the reason under 280 characters.')).toBeTruthy();
    expect(within(row).queryByRole('alert')).toBeNull();
  });

  it('overrides a score given as a percent, and shows who, why and when', async () => {
    const overridden = staffSubmission({ score: 0.8, override: { score: 0.8, reason: 'Case 2 was wrong', byName: 'Kofi Mensah', createdAt: '2026-03-04T09:15:00.000Z' } });
    const { api } = renderAsStaff(PATH, {
      ExerciseSubmissions: () => submissionsPage([amina]),
      StaffSubmission: () => ({ data: { submission: amina } }),
      OverrideScore: () => ({ data: { overrideScore: overridden } }),
    });
    const row = await openRow('Amina Diallo');
    const score = within(row).getByLabelText('New score (%)');
    await userEvent.type(score, '120');
    await userEvent.type(within(row).getAllByLabelText('Reason')[1], 'Case 2 was wrong');
    await userEvent.click(within(row).getByRole('button', { name: 'Save the score' }));
    expect(within(row).getByText('Enter a percentage from 0 to 100.')).toBeTruthy();
    expect(api.calls('OverrideScore')).toHaveLength(0);

    await userEvent.clear(score);
    await userEvent.type(score, '80');
    await userEvent.click(within(row).getByRole('button', { name: 'Save the score' }));
    expect(await within(row).findByText('Score saved.')).toBeTruthy();
    expect(api.calls('OverrideScore').map((r) => r.variables)).toEqual([{ submissionId: 's1', score: 0.8, reason: 'Case 2 was wrong' }]);
    expect(within(row).getByText(/^Score set to 80% by Kofi Mensah on .*: “Case 2 was wrong”$/)).toBeTruthy();
    expect(row.querySelector('summary')?.textContent).toMatch(/ · 80% · /);
  });

  it("takes a prediction's score as the metric's value, and says when the user is not staff of the course", async () => {
    const prediction = staffSubmission({ kind: ExerciseKind.PREDICTION });
    const { api } = renderAsStaff(PATH, {
      ExerciseSubmissions: () => submissionsPage([prediction]),
      StaffSubmission: () => ({ data: { submission: { ...prediction, result: { ...prediction.result, metric: 'rmse' } } } }),
      OverrideScore: () => graphqlError('FORBIDDEN'),
    });
    const row = await openRow('Amina Diallo');
    expect(within(row).getByText(/^The rmse value to record/)).toBeTruthy();
    await userEvent.type(within(row).getByLabelText('New score'), '12,5');
    await userEvent.type(within(row).getAllByLabelText('Reason')[1], 'Rescored by hand');
    await userEvent.click(within(row).getByRole('button', { name: 'Save the score' }));
    expect((await within(row).findByRole('alert')).textContent).toBe('Only the instructors of this course and admins can do this.');
    expect(api.calls('OverrideScore')[0].variables).toMatchObject({ score: 12.5 });
  });

  it('regrades every submission of the exercise after a confirmation, and says how many were queued', async () => {
    const { api } = renderAsStaff(PATH, {
      ExerciseSubmissions: () => submissionsPage([amina, kwame]),
      RegradeExercise: () => ({ data: { regradeExercise: 2 } }),
    });
    await screen.findByText('Amina Diallo');
    await userEvent.click(screen.getByText('Regrade all submissions of this exercise'));
    const form = screen.getByRole('form', { name: 'Regrade all submissions of this exercise' });
    await userEvent.type(within(form).getByLabelText('Reason'), 'Hidden case 4 fixed');
    await userEvent.click(within(form).getByRole('button', { name: 'Continue' }));
    expect(within(form).getByText(/^Regrade every submission of this exercise\?/)).toBeTruthy();
    expect(document.activeElement).toBe(within(form).getByRole('button', { name: 'Yes, regrade them all' }));
    expect(api.calls('RegradeExercise')).toHaveLength(0);

    await userEvent.click(within(form).getByRole('button', { name: 'Yes, regrade them all' }));
    expect(await within(form).findByText('2 submissions were queued for regrading.')).toBeTruthy();
    expect(api.calls('RegradeExercise').map((r) => r.variables)).toEqual([{ courseSlug: 'python-for-data', exerciseSlug: 'mean-and-spread', reason: 'Hidden case 4 fixed' }]);
    await waitFor(() => expect(api.calls('ExerciseSubmissions')).toHaveLength(2));
  });

  it('shows why an exercise-wide regrade was refused, and can be cancelled', async () => {
    renderAsStaff(PATH, { ExerciseSubmissions: () => submissionsPage([]), RegradeExercise: () => graphqlError('NOT_FOUND') });
    expect(await screen.findByText('No learner has submitted this exercise yet.')).toBeTruthy();
    await userEvent.click(screen.getByText('Regrade all submissions of this exercise'));
    const form = screen.getByRole('form', { name: 'Regrade all submissions of this exercise' });
    await userEvent.type(within(form).getByLabelText('Reason'), 'Hidden case 4 fixed');
    await userEvent.click(within(form).getByRole('button', { name: 'Continue' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(within(form).queryByRole('button', { name: 'Yes, regrade them all' })).toBeNull();
    await userEvent.click(within(form).getByRole('button', { name: 'Continue' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Yes, regrade them all' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('This submission or exercise does not exist (any more).');
  });

  it('says when the list may not be seen, and tries again', async () => {
    let refused = true;
    renderAsStaff(PATH, { ExerciseSubmissions: () => (refused ? graphqlError('FORBIDDEN') : submissionsPage([amina])) });
    expect((await screen.findByRole('alert')).textContent).toMatch(/^You do not have permission to do this\./);
    refused = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Amina Diallo')).toBeTruthy();
  });
});
