import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFakeApi, graphqlError, learner, NETWORK_DOWN, sessionFor } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { exercise, PAGE_TEST_TIMEOUT, renderExercise } from '../testing/exercise-fixtures';
import '../../../test/codemirror-dom';

describe('exercise page', { timeout: PAGE_TEST_TIMEOUT }, () => {
  // The lazily loaded page is compiled once here, not inside the first test's time limits.
  beforeAll(async () => {
    await import('./ExercisePage');
  });

  it('shows a quiz as a form to answer and submit', async () => {
    renderExercise(
      exercise({
        questions: [
          { id: 'q1', type: 'single', points: 1, promptHtml: '<p>Which metric ignores imbalance?</p>', options: [{ id: 'a', html: 'Accuracy' }, { id: 'b', html: 'Macro-F1' }] },
          { id: 'q2', type: 'multiple', points: 2, promptHtml: '<p>Which are pandas types?</p>', options: [{ id: 'a', html: 'DataFrame' }, { id: 'b', html: 'Series' }] },
          { id: 'q3', type: 'numeric', points: 1, promptHtml: '<p>Precision with TP = 8, FP = 2?</p>', options: [] },
          { id: 'q4', type: 'text', points: 1, promptHtml: '<p>The Yoruba word for water?</p>', options: [] },
        ],
      }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Tables quiz' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Tables quiz · Sankofa'));
    expect(screen.getByText('Answer the questions about tables.')).toBeTruthy();
    const q1 = screen.getByRole('group', { name: /Which metric ignores imbalance\?/ });
    await userEvent.click(within(q1).getByRole('radio', { name: 'Macro-F1' }));
    expect((within(q1).getByRole('radio', { name: 'Macro-F1' }) as HTMLInputElement).checked).toBe(true);
    const q2 = screen.getByRole('group', { name: /Which are pandas types\?/ });
    expect(q2.textContent).toContain('2 points · choose all that apply');
    await userEvent.click(within(q2).getByRole('checkbox', { name: 'DataFrame' }));
    await userEvent.click(within(q2).getByRole('checkbox', { name: 'Series' }));
    expect(within(q2).getAllByRole('checkbox').every((box) => (box as HTMLInputElement).checked)).toBe(true);
    await userEvent.click(within(q2).getByRole('checkbox', { name: 'Series' }));
    expect((within(q2).getByRole('checkbox', { name: 'Series' }) as HTMLInputElement).checked).toBe(false);
    const q3 = screen.getByRole('group', { name: /Precision/ });
    await userEvent.type(within(q3).getByLabelText('Your answer'), '0.8');
    expect((within(q3).getByLabelText('Your answer') as HTMLInputElement).value).toBe('0.8');
    expect(screen.getByRole('group', { name: /Yoruba/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Submit your answers' })).toBeTruthy();
    expect(await screen.findByText('You have not submitted this exercise yet.')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Previous: Group by/ }).getAttribute('href')).toBe('/courses/python-for-data/lessons/group-by');
  });

  it('asks for at least one answer before sending a quiz', async () => {
    const { api } = renderExercise(exercise({ questions: [{ id: 'q1', type: 'text', points: 1, promptHtml: '<p>Name a metric.</p>', options: [] }] }));
    await userEvent.type(await screen.findByLabelText('Your answer'), '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Submit your answers' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Answer at least one question before submitting.');
    expect(api.calls('SubmitExercise')).toHaveLength(0);
  });

  it('opens a python exercise in a code editor holding the starter code', async () => {
    renderExercise(exercise({ slug: 'mean-and-spread', title: 'Mean and spread', kind: 'PYTHON', starterCode: 'def mean_and_spread(values):\n    ...\n', timeLimitSeconds: 5, maxAttempts: 3 }));
    expect(await screen.findByText('Python exercise')).toBeTruthy();
    // A plain text box first, the editor once its chunk has loaded.
    expect(screen.getByRole('textbox', { name: 'Your code' }).tagName).toBe('TEXTAREA');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Your code' }).getAttribute('contenteditable')).toBe('true'), { timeout: 5000 });
    const editor = screen.getByRole('textbox', { name: 'Your code' });
    expect(editor.textContent).toBe('def mean_and_spread(values):    ...');
    expect(screen.getByText(/Tab indents/).id).toBe(editor.getAttribute('aria-describedby'));
    expect(document.querySelector('.cm-lineNumbers')).toBeTruthy();
    expect(screen.getByText('Each run may use up to 5 seconds of processor time.')).toBeTruthy();
    expect(screen.getByText('This exercise allows 3 attempts.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Restore the starter code' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('button', { name: 'Submit your code' })).toBeTruthy();
  });

  it('shows a prediction task with its data files, and a file input for the predictions', async () => {
    renderExercise(
      exercise({
        kind: 'PREDICTION',
        prediction: {
          metric: 'macro_f1',
          targetColumn: 'language',
          idColumn: 'id',
          baselineMethod: 'majority class',
          baselineScore: 0.1234,
          deadline: null,
          files: [
            { name: 'exercises/penguins/train.csv', size: 14_200, url: '/files/aa/train.csv' },
            { name: 'exercises/penguins/test.csv', size: 812, url: '/files/bb/test.csv' },
          ],
        },
      }),
      { Leaderboard: () => ({ data: { leaderboard: { metric: 'macro_f1', higherIsBetter: true, deadline: null, privateRevealed: false, showMyName: true, entries: [] } } }) },
    );
    expect(await screen.findByText('Prediction challenge')).toBeTruthy();
    expect(screen.getByText('macro_f1')).toBeTruthy();
    expect(screen.getByText('0.1234 (majority class)')).toBeTruthy();
    expect(screen.getByText('train.csv').closest('li')?.textContent).toBe('train.csv 14.2 kB');
    expect(screen.getByText('train.csv').closest('a')?.getAttribute('href')).toBe('/files/aa/train.csv');
    expect(screen.getByText('test.csv').closest('li')?.textContent).toBe('test.csv 812 byte');
    const input = screen.getByLabelText('Predictions file (CSV)') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.csv,text/csv');
    expect(screen.getByText('One row per id, with a language column. At most 5.2 MB.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Submit your predictions' })).toBeTruthy();
    expect(await screen.findByText('No submission has been scored yet.')).toBeTruthy();
  });

  it('invites a learner who is not enrolled to enroll before submitting', async () => {
    const { api } = renderExercise(exercise({ questions: [{ id: 'q1', type: 'text', points: 1, promptHtml: '<p>Name a metric.</p>', options: [] }] }, { enrolled: false }), {
      Enroll: () => ({ data: { enroll: { slug: 'python-for-data' } } }),
    });
    expect(await screen.findByText('Enroll in this course to submit your work and get it graded.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Submit your answers' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Enroll' }));
    expect(await screen.findByText('You are enrolled. You can submit your work now.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Submit your answers' })).toBeTruthy();
    expect(api.calls('Enroll')[0]?.variables).toEqual({ courseSlug: 'python-for-data' });
  });

  it('is a not-found page for an unknown exercise', async () => {
    renderApp({ path: '/courses/python-for-data/exercises/nope', api: createFakeApi({ RefreshSession: sessionFor(learner), Exercise: () => graphqlError('NOT_FOUND') }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });

  it('retries after a network error', async () => {
    let down = true;
    renderExercise(() => (down ? NETWORK_DOWN : exercise()));
    expect(await screen.findByRole('alert')).toBeTruthy();
    down = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tables quiz' })).toBeTruthy();
  });
});
