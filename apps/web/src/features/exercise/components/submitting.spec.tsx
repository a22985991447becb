import { EditorView } from '@codemirror/view';
import { ExerciseKind, SubmissionStatus } from '@sankofa/domain';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type FakeApi, graphqlError, type Handler, learner, NETWORK_DOWN } from '../../../test/fake-api';
import { useFakeSocketServer } from '../../../test/fake-socket';
import type { GradingResult, Submission } from '../../submissions/graphql/submission.fragment';
import { changeStatus, graded, gradingResult, submission, summaryOf } from '../../submissions/testing/fixtures';
import type { ExerciseData, QuizQuestion } from '../graphql/exercise.query';
import { exercise, PAGE_TEST_TIMEOUT, renderExercise } from '../testing/exercise-fixtures';
import '../../../test/codemirror-dom';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const questions: QuizQuestion[] = [
  { id: 'q1', type: 'single', points: 1, promptHtml: '<p>Which metric ignores imbalance?</p>', options: [{ id: 'a', html: 'Accuracy' }, { id: 'b', html: 'Macro-F1' }] },
  { id: 'q2', type: 'numeric', points: 2, promptHtml: '<p>Precision with TP = 8, FP = 2?</p>', options: [] },
];
const quiz = exercise({ questions });
const python = exercise({ slug: 'mean-and-spread', title: 'Mean and spread', kind: 'PYTHON', starterCode: 'def mean(values):\n    ...\n', timeLimitSeconds: 5 });
const prediction = exercise({
  slug: 'language-id',
  title: 'Which language?',
  kind: 'PREDICTION',
  prediction: { metric: 'macro_f1', targetColumn: 'language', idColumn: 'id', baselineMethod: null, baselineScore: null, deadline: null, files: [] },
});
const emptyBoard = { data: { leaderboard: { metric: 'macro_f1', higherIsBetter: true, deadline: null, privateRevealed: false, showMyName: true, entries: [] } } };
const pendingKey = (slug: string) => `sankofa.pendingSubmit.${learner.id}.python-for-data/${slug}`;

/** The page of `data`, whose API accepts a submission as `queued` (the catch-up query answers it too). */
function renderAccepting(data: ExerciseData, queued: Submission, handlers: Record<string, Handler> = {}) {
  return renderExercise(data, { SubmitExercise: () => ({ data: { submitExercise: queued } }), Submission: () => ({ data: { submission: queued } }), Leaderboard: () => emptyBoard, ...handlers });
}

/** A quiz page whose submit answers `submit`. */
function renderQuiz(submit: Handler) {
  return renderAccepting(quiz, submission({ kind: ExerciseKind.QUIZ, queuePosition: 1 }), { SubmitExercise: submit });
}

async function answerQuiz() {
  await userEvent.click(await screen.findByRole('radio', { name: 'Macro-F1' }));
  await userEvent.type(within(screen.getByRole('group', { name: /Precision/ })).getByLabelText('Your answer'), '0.8');
}

const submitAnswers = () => userEvent.click(screen.getByRole('button', { name: 'Submit your answers' }));
const statusLine = () => document.querySelector('.status-headline')?.textContent;

async function codeEditor(): Promise<EditorView> {
  await waitFor(() => expect(document.querySelector('.cm-editor')).toBeTruthy(), { timeout: 5000 });
  return EditorView.findFromDOM(document.querySelector('.cm-editor') as HTMLElement) as EditorView;
}

function typeCode(view: EditorView, code: string) {
  act(() => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } }));
}

async function uploadPredictions(csv: string) {
  await userEvent.upload(await screen.findByLabelText('Predictions file (CSV)'), new File([csv], 'predictions.csv', { type: 'text/csv' }));
}

describe('submitting an exercise', { timeout: PAGE_TEST_TIMEOUT }, () => {
  const socket = useFakeSocketServer();

  /** The grader's verdict on `queued`, pushed once the page has subscribed to it. */
  async function gradeLive(api: FakeApi, queued: Submission, result: GradingResult) {
    await waitFor(() => expect(socket.subscriptions('submissionUpdated')).toHaveLength(1));
    changeStatus(api, socket, graded(queued, result));
  }
  beforeAll(async () => {
    await import('./ExercisePage');
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('submits quiz answers with an idempotency key and follows the grading live', async () => {
    const queued = submission({ kind: ExerciseKind.QUIZ, queuePosition: 1 });
    const { api } = renderQuiz(() => ({ data: { submitExercise: queued } }));
    await answerQuiz();
    await submitAnswers();

    const [request] = api.calls('SubmitExercise');
    expect(request.variables).toEqual({
      input: {
        courseSlug: 'python-for-data',
        exerciseSlug: 'tables-quiz',
        idempotencyKey: expect.stringMatching(UUID),
        answers: [
          { questionId: 'q1', optionIds: ['b'] },
          { questionId: 'q2', value: '0.8' },
        ],
      },
    });
    expect(await screen.findByRole('heading', { name: 'Your submission' })).toBeTruthy();
    expect(screen.getAllByRole('status').some((region) => region.textContent === 'Queued — position 2')).toBe(true);

    await waitFor(() => expect(socket.subscriptions('submissionUpdated')).toEqual([{ id: queued.id }]));
    expect(socket.connectionParams()).toEqual([{ authorization: expect.stringMatching(/^Bearer \S+$/) }]);
    socket.push('submissionUpdated', { submissionUpdated: summaryOf({ ...queued, status: SubmissionStatus.RUNNING, queuePosition: null, updatedAt: '2026-03-02T10:00:01.000Z' }) });
    await waitFor(() => expect(statusLine()).toBe('Running — your submission is being graded'));

    const result = gradingResult({
      score: 0.5,
      passed: false,
      status: SubmissionStatus.FAILED,
      questions: [
        { questionId: 'q1', score: 1, points: 1, correct: true, feedback: null },
        { questionId: 'q2', score: 0, points: 2, correct: false, feedback: 'Precision is TP / (TP + FP).' },
      ],
    });
    changeStatus(api, socket, graded(queued, result));
    await waitFor(() => expect(statusLine()).toBe('Not passed yet'));
    const answers = screen.getByRole('heading', { name: 'Your answers' }).closest('section') as HTMLElement;
    const [first, second] = within(answers).getAllByRole('listitem');
    expect(first.textContent).toBe('Question 1 ✓ Correct 1 of 1 point');
    expect(second.textContent).toBe('Question 2 ✗ Not correct 0 of 2 points' + 'Precision is TP / (TP + FP).');
    expect(screen.getByText('Score').nextElementSibling?.textContent).toBe('50%');
    // The finished grading is no longer followed, and the attempt heads the history.
    await waitFor(() => expect(socket.subscriptions('submissionUpdated')).toEqual([]));
    const history = screen.getByRole('heading', { name: 'Your attempts' }).closest('section') as HTMLElement;
    expect(within(history).getAllByRole('listitem')[0].textContent).toMatch(/^Attempt 1 Not passed yet · 50%/);
    expect(within(history).queryByText('You have not submitted this exercise yet.')).toBeNull();
  });

  it('catches up on a grading that ended before the server was listening on the socket', async () => {
    const queued = submission({ kind: ExerciseKind.QUIZ });
    const answers = [queued, graded(queued, gradingResult({ score: 1 }))];
    const { api } = renderQuiz(() => ({ data: { submitExercise: queued } }));
    api.on('Submission', () => ({ data: { submission: answers.length > 1 ? answers.shift() : answers[0] } }));
    await answerQuiz();
    await submitAnswers();
    // No event is pushed: the answer asked for once the socket is connected carries the outcome.
    await waitFor(() => expect(statusLine()).toBe('Passed'));
    expect(screen.queryByText(/Live updates are not available/)).toBeNull();
  });

  it('submits the code from the editor, keeps it as a draft, and shows each check', async () => {
    const queued = submission();
    const { api, unmount } = renderAccepting(python, queued);
    const view = await codeEditor();
    expect(view.state.doc.toString()).toBe('def mean(values):\n    ...\n');
    typeCode(view, 'def mean(values):\n    print("checking")\n    return sum(values) / len(values)\n');
    await userEvent.click(screen.getByRole('button', { name: 'Submit your code' }));
    expect(api.calls('SubmitExercise')[0].variables['input']).toMatchObject({ exerciseSlug: 'mean-and-spread', code: 'def mean(values):\n    print("checking")\n    return sum(values) / len(values)\n' });

    await gradeLive(
      api,
      queued,
      gradingResult({
        status: SubmissionStatus.FAILED,
        score: 0.5,
        passed: false,
        durationMs: 840,
        cases: [
          { name: 'mean of three', passed: true, message: '', stdout: 'checking\n' },
          { name: 'empty list', passed: false, message: 'ZeroDivisionError: division by zero (line 3)', stdout: '' },
        ],
      }),
    );
    expect(await screen.findByText('1 of 2 checks passed')).toBeTruthy();
    expect(screen.getByText('ZeroDivisionError: division by zero (line 3)')).toBeTruthy();
    expect(screen.getByText('Graded in').nextElementSibling?.textContent).toBe('840 ms');
    const output = screen.getByText('What your code printed').closest('details') as HTMLDetailsElement;
    expect(output.open).toBe(false);
    expect(output.querySelector('pre')?.textContent).toBe('checking\n');

    // The draft outlives the page.
    unmount();
    renderExercise(python);
    expect((await codeEditor()).state.doc.toString()).toBe('def mean(values):\n    print("checking")\n    return sum(values) / len(values)\n');
    await userEvent.click(screen.getByRole('button', { name: 'Restore the starter code' }));
    expect((await codeEditor()).state.doc.toString()).toBe('def mean(values):\n    ...\n');
    expect(screen.getByText('The starter code is back. Undo with Ctrl+Z to get your code back.')).toBeTruthy();
  });

  it('refuses code over 64 KB before sending it', async () => {
    const { api } = renderExercise(python);
    typeCode(await codeEditor(), `# ${'é'.repeat(33_000)}\n`);
    await userEvent.click(screen.getByRole('button', { name: 'Submit your code' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Your code is 66 kB; the grader accepts at most 65.5 kB. Remove what the exercise does not need.');
    expect(api.calls('SubmitExercise')).toHaveLength(0);
  });

  it('reads a predictions file as text, submits it, and shows the problems found in it', async () => {
    const queued = submission({ kind: ExerciseKind.PREDICTION });
    const { api } = renderAccepting(prediction, queued);
    await uploadPredictions('id,language\n1,yor\n2,xx\n');
    expect(await screen.findByText('predictions.csv (23 byte) is ready to submit.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Submit your predictions' }));
    expect(api.calls('SubmitExercise')[0].variables['input']).toMatchObject({ exerciseSlug: 'language-id', predictionsCsv: 'id,language\n1,yor\n2,xx\n' });

    await gradeLive(
      api,
      queued,
      gradingResult({
        status: SubmissionStatus.INVALID_SUBMISSION,
        score: 0,
        passed: false,
        message: 'Fix the rows below, then submit again.',
        problems: [
          { row: 3, column: 'language', message: 'Unknown label "xx".' },
          { row: null, column: null, message: 'Row 7 of the test set has no prediction.' },
        ],
      }),
    );
    await waitFor(() => expect(statusLine()).toBe('This submission could not be graded as it is'));
    expect(screen.getByText('Fix the rows below, then submit again.')).toBeTruthy();
    const rows = within(screen.getByRole('table')).getAllByRole('row').map((row) => row.textContent);
    expect(rows).toEqual(['RowColumnProblem', '3languageUnknown label "xx".', 'whole file—Row 7 of the test set has no prediction.']);
  });

  it('shows the public score of a graded predictions file', async () => {
    const queued = submission({ kind: ExerciseKind.PREDICTION });
    const { api } = renderAccepting(prediction, queued);
    await uploadPredictions('id,language\n1,yor\n');
    await userEvent.click(screen.getByRole('button', { name: 'Submit your predictions' }));
    await gradeLive(api, queued, gradingResult({ score: 0.81234, metric: 'macro_f1', publicScore: 0.81234, privateScore: null }));
    await waitFor(() => expect(statusLine()).toBe('Passed'));
    expect(screen.getByText('Public score (macro_f1)').nextElementSibling?.textContent).toBe('0.8123');
    // Hidden until the exercise's deadline has passed.
    expect(screen.queryByText('Private score')).toBeNull();
  });

  it('refuses a predictions file over 5 MB before uploading it', async () => {
    const { api } = renderExercise(prediction, { Leaderboard: () => emptyBoard });
    const file = new File(['id,language\n'], 'huge.csv', { type: 'text/csv' });
    Object.defineProperty(file, 'size', { value: 6_000_000 });
    await userEvent.upload(await screen.findByLabelText('Predictions file (CSV)'), file);
    expect((await screen.findByRole('alert')).textContent).toBe('This file is 6 MB; the limit is 5.2 MB. Keep only the id and language columns.');
    await userEvent.click(screen.getByRole('button', { name: 'Submit your predictions' }));
    expect(api.calls('SubmitExercise')).toHaveLength(0);
  });

  it.each([
    [graphqlError('RATE_LIMITED', { retryAfterSeconds: 30 }), 'You are submitting too often. Try again in 30 seconds.'],
    [graphqlError('RATE_LIMITED'), 'You are submitting too often. Wait a moment, then try again.'],
    [graphqlError('SANDBOX_UNAVAILABLE'), 'Python code cannot be graded on this server right now. Your code is kept here: try again later.'],
    [graphqlError('BAD_USER_INPUT', { reason: 'SUBMISSION_TOO_LARGE' }), 'This submission is larger than the grader accepts.'],
    [graphqlError('BAD_USER_INPUT', { reason: 'ATTEMPTS_EXHAUSTED' }), 'You have used every attempt this exercise allows.'],
    [graphqlError('BAD_USER_INPUT', { reason: 'INVALID_SUBMISSION' }), 'This submission does not fit the exercise. Check that it answers in the form the task asks for.'],
    [graphqlError('INTERNAL'), 'Something went wrong on our side. Please try again.'],
  ])('explains a refusal and keeps the answers (%j)', async (answer, message) => {
    renderQuiz(() => answer);
    await answerQuiz();
    await submitAnswers();
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect((screen.getByRole('radio', { name: 'Macro-F1' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Your answer') as HTMLInputElement).value).toBe('0.8');
    expect(localStorage.getItem(pendingKey('tables-quiz'))).toBeNull();
  });

  it('offers to enroll when the API says the learner is not enrolled, then submits', async () => {
    let enrolled = false;
    const queued = submission({ kind: ExerciseKind.QUIZ });
    const { api } = renderQuiz(() => (enrolled ? { data: { submitExercise: queued } } : graphqlError('BAD_USER_INPUT', { reason: 'NOT_ENROLLED', field: 'courseSlug' })));
    api.on('Enroll', () => {
      enrolled = true;
      return { data: { enroll: { slug: 'python-for-data' } } };
    });
    await answerQuiz();
    await submitAnswers();
    expect(await screen.findByText('Enroll in this course to submit your work and get it graded.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Submit your answers' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Enroll' }));
    await submitAnswers();
    expect(await screen.findByRole('heading', { name: 'Your submission' })).toBeTruthy();
    const [refused, accepted] = api.calls('SubmitExercise').map((r) => (r.variables['input'] as { idempotencyKey: string }).idempotencyKey);
    expect(accepted).not.toBe(refused);
  });

  it('keeps a submission made offline on the device and sends it, once, when the connection returns', async () => {
    let online = false;
    const queued = submission({ kind: ExerciseKind.QUIZ });
    const { api } = renderQuiz(() => (online ? { data: { submitExercise: queued } } : NETWORK_DOWN));
    await answerQuiz();
    await submitAnswers();
    expect(await screen.findByText('You are offline. Your submission is saved on this device and will be sent when you are back online.')).toBeTruthy();
    const stored = JSON.parse(localStorage.getItem(pendingKey('tables-quiz')) ?? 'null') as { idempotencyKey: string; content: unknown };
    expect(stored.content).toEqual({ answers: [{ questionId: 'q1', optionIds: ['b'] }, { questionId: 'q2', value: '0.8' }] });

    // Pressing submit again with the same answers is a retry: same key.
    await submitAnswers();
    await screen.findByText(/You are offline/);
    online = true;
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(await screen.findByRole('heading', { name: 'Your submission' })).toBeTruthy();
    const keys = api.calls('SubmitExercise').map((r) => (r.variables['input'] as { idempotencyKey: string }).idempotencyKey);
    expect(keys).toEqual([stored.idempotencyKey, stored.idempotencyKey, stored.idempotencyKey]);
    expect(localStorage.getItem(pendingKey('tables-quiz'))).toBeNull();
    expect(screen.queryByText(/You are offline/)).toBeNull();
  });

  it('does not try while the browser knows it is offline, and can send or drop the waiting submission', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const queued = submission({ kind: ExerciseKind.QUIZ });
    const { api } = renderQuiz(() => ({ data: { submitExercise: queued } }));
    await answerQuiz();
    await submitAnswers();
    expect(await screen.findByText(/You are offline/)).toBeTruthy();
    expect(api.calls('SubmitExercise')).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: 'Do not send it' }));
    expect(screen.queryByText(/You are offline/)).toBeNull();
    expect(localStorage.getItem(pendingKey('tables-quiz'))).toBeNull();

    await submitAnswers();
    onLine.mockReturnValue(true);
    await userEvent.click(await screen.findByRole('button', { name: 'Send now' }));
    expect(await screen.findByRole('heading', { name: 'Your submission' })).toBeTruthy();
    expect(api.calls('SubmitExercise')).toHaveLength(1);
  });

  it('sends a submission left unconfirmed on an earlier visit with its own key', async () => {
    const left = { idempotencyKey: '5d0c9c1e-3d2b-4c1a-9f0e-7b6a5c4d3e2f', content: { answers: [{ questionId: 'q1', optionIds: ['a'] }] } };
    localStorage.setItem(pendingKey('tables-quiz'), JSON.stringify(left));
    const queued = submission({ kind: ExerciseKind.QUIZ, attemptNumber: 3 });
    const { api } = renderQuiz(() => ({ data: { submitExercise: queued } }));
    expect(await screen.findByRole('heading', { name: 'Your submission' })).toBeTruthy();
    expect(api.calls('SubmitExercise').map((r) => r.variables['input'])).toEqual([
      { courseSlug: 'python-for-data', exerciseSlug: 'tables-quiz', idempotencyKey: left.idempotencyKey, answers: left.content.answers },
    ]);
    expect(localStorage.getItem(pendingKey('tables-quiz'))).toBeNull();
  });

  it('asks for the status every 1.5 s when the socket cannot be opened', async () => {
    socket.refuse();
    const queued = submission({ kind: ExerciseKind.QUIZ, queuePosition: 0 });
    const answers: Submission[] = [
      { ...queued, status: SubmissionStatus.RUNNING, queuePosition: null, updatedAt: '2026-03-02T10:00:01.000Z' },
      graded(queued, gradingResult({ score: 1, questions: [{ questionId: 'q1', score: 1, points: 1, correct: true, feedback: 'Well done.' }] })),
    ];
    const { api } = renderQuiz(() => ({ data: { submitExercise: queued } }));
    api.on('Submission', () => ({ data: { submission: answers.length > 1 ? answers.shift() : answers[0] } }));
    await answerQuiz();
    await submitAnswers();
    expect(await screen.findByText('Live updates are not available on this connection: the status is checked every few seconds.')).toBeTruthy();
    await waitFor(() => expect(statusLine()).toBe('Running — your submission is being graded'));
    await waitFor(() => expect(statusLine()).toBe('Passed'), { timeout: 4000 });
    expect(screen.getByText('Well done.')).toBeTruthy();
    const polls = api.calls('Submission').length;
    await new Promise((resolve) => setTimeout(resolve, 1700));
    expect(api.calls('Submission')).toHaveLength(polls);
  });
});
