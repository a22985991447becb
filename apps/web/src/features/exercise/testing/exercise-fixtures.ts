import { configure } from '@testing-library/react';
import { createFakeApi, type Handler, learner, NETWORK_DOWN, sessionFor } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import type { ExerciseData } from '../graphql/exercise.query';

// The exercise page is a lazy chunk that pulls in the editor and the socket client: on a shared,
// busy machine its first render can take longer than Testing Library's default second, and a
// whole submission followed to its result longer than a unit test's five.
configure({ asyncUtilTimeout: 4000 });
export const PAGE_TEST_TIMEOUT = 15_000;

/** Exercise page answers for component tests, shaped like the real schema's. */
export function exercise(overrides: Partial<ExerciseData['exercise']> = {}, course: Partial<ExerciseData['course']> = {}): ExerciseData {
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
      maxAttempts: null,
      prediction: null,
      previous: { type: 'lesson', slug: 'group-by', title: 'Group by' },
      next: null,
      ...overrides,
    },
    course: { id: 'c1', slug: 'python-for-data', title: 'Python for Data Work', language: 'en', enrolled: true, ...course },
  };
}

export const noAttempts = { data: { mySubmissions: { edges: [], pageInfo: { endCursor: null, hasNextPage: false }, totalCount: 0 } } };

/** The exercise page of `data` for a signed-in learner with no attempt yet; `handlers` add or replace answers. */
export function renderExercise(data: ExerciseData | (() => ExerciseData | typeof NETWORK_DOWN), handlers: Record<string, Handler> = {}) {
  const exerciseHandler: Handler = () => {
    const answer = typeof data === 'function' ? data() : data;
    return answer === NETWORK_DOWN ? answer : { data: answer };
  };
  const api = createFakeApi({ RefreshSession: sessionFor(learner), Exercise: exerciseHandler, MySubmissions: () => noAttempts, ...handlers });
  const slug = typeof data === 'function' ? 'x' : data.exercise.slug;
  return renderApp({ path: `/courses/python-for-data/exercises/${slug}`, api });
}
