import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createFakeApi, graphqlError, learner, NETWORK_DOWN, sessionFor } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import type { ExerciseData } from '../graphql/exercise.query';

const course = { id: 'c1', slug: 'python-for-data', title: 'Python for Data Work', language: 'en' };

function exercise(overrides: Partial<ExerciseData['exercise']>): ExerciseData {
  return {
    exercise: {
      id: 'e1',
      slug: 'tables-quiz',
      courseSlug: 'python-for-data',
      title: 'Tables quiz',
      kind: 'QUIZ',
      promptHtml: '<p>Answer the questions about tables.</p>',
      questions: null,
      starterCode: null,
      timeLimitSeconds: null,
      prediction: null,
      previous: { type: 'lesson', slug: 'group-by', title: 'Group by' },
      next: null,
      ...overrides,
    },
    course,
  };
}

function renderExercise(data: ExerciseData | (() => ExerciseData | typeof NETWORK_DOWN)) {
  const api = createFakeApi({ RefreshSession: sessionFor(learner), Exercise: () => (typeof data === 'function' ? (() => { const d = data(); return d === NETWORK_DOWN ? d : { data: d }; })() : { data }) });
  return renderApp({ path: `/courses/python-for-data/exercises/${typeof data === 'function' ? 'x' : data.exercise.slug}`, api });
}

describe('exercise page', () => {
  it('shows a quiz as a form that works in the page, without a submit control', async () => {
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
    const q3 = screen.getByRole('group', { name: /Precision/ });
    await userEvent.type(within(q3).getByLabelText('Your answer'), '0.8');
    expect((within(q3).getByLabelText('Your answer') as HTMLInputElement).value).toBe('0.8');
    expect(screen.getByRole('group', { name: /Yoruba/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /submit/i })).toBeNull();
    expect(screen.getByRole('link', { name: /Previous: Group by/ }).getAttribute('href')).toBe('/courses/python-for-data/lessons/group-by');
  });

  it('shows python starter code and copies it', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderExercise(exercise({ slug: 'mean-and-spread', title: 'Mean and spread', kind: 'PYTHON', starterCode: 'def mean_and_spread(values):\n    ...\n', timeLimitSeconds: 5 }));
    expect(await screen.findByText('Python exercise')).toBeTruthy();
    expect(document.querySelector('pre.starter-code')?.textContent).toBe('def mean_and_spread(values):\n    ...\n');
    expect(screen.getByText('Each run may use up to 5 seconds of processor time.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith('def mean_and_spread(values):\n    ...\n');
    expect(await screen.findByText('Copied to the clipboard.')).toBeTruthy();
  });

  it('says so when the clipboard is not available', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    renderExercise(exercise({ kind: 'PYTHON', starterCode: 'x = 1\n' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Copy' }));
    expect(await screen.findByText('Copying is not available here: select the code to copy it.')).toBeTruthy();
  });

  it('shows a prediction task with its data files and sizes, and no download buttons', async () => {
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
    );
    expect(await screen.findByText('Prediction challenge')).toBeTruthy();
    expect(screen.getByText('macro_f1')).toBeTruthy();
    expect(screen.getByText('0.1234 (majority class)')).toBeTruthy();
    expect(screen.getByText('train.csv').closest('li')?.textContent).toBe('train.csv 14.2 kB');
    expect(screen.getByText('train.csv').closest('a')?.getAttribute('href')).toBe('/files/aa/train.csv');
    expect(screen.getByText('test.csv').closest('li')?.textContent).toBe('test.csv 812 byte');
    expect(screen.queryAllByRole('button').filter((b) => /download|submit/i.test(b.textContent ?? ''))).toHaveLength(0);
  });

  it('is a not-found page for an unknown exercise', async () => {
    renderApp({ path: '/courses/python-for-data/exercises/nope', api: createFakeApi({ RefreshSession: sessionFor(learner), Exercise: () => graphqlError('NOT_FOUND') }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });

  it('retries after a network error', async () => {
    let down = true;
    renderExercise(() => (down ? NETWORK_DOWN : exercise({})));
    expect(await screen.findByRole('alert')).toBeTruthy();
    down = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tables quiz' })).toBeTruthy();
  });
});
