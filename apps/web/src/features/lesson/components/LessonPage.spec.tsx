import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeApi, graphqlError, learner, NETWORK_DOWN, sessionFor } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { courseDetail, lessonData } from '../../learn/testing/fixtures';
import type { LessonData } from '../graphql/lesson.query';
import { labelWorkedExamples } from './lesson-html';

const path = '/courses/python-for-data/lessons/numpy-arrays';

function renderLesson(data: LessonData, extra: Parameters<typeof createFakeApi>[0] = {}) {
  const api = createFakeApi({ RefreshSession: sessionFor(learner), Lesson: () => ({ data }), ...extra });
  return renderApp({ path, api });
}

describe('lesson reader', () => {
  it('shows the lesson with objectives, body, glossary, self-check, summary and next link', async () => {
    const app = renderLesson(lessonData());
    expect(await screen.findByRole('heading', { level: 1, name: 'NumPy arrays' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('NumPy arrays · Sankofa'));
    expect(app.api.calls('Lesson')[0]?.variables).toEqual({ courseSlug: 'python-for-data', slug: 'numpy-arrays' });
    expect(screen.getByText('15 minutes')).toBeTruthy();
    expect(screen.getByText('Compute a column mean without a loop')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Shapes' })).toBeTruthy();
    const example = document.querySelector('pre[data-example]') as HTMLElement;
    expect(example.previousElementSibling?.textContent).toBe('Worked example');
    expect(document.querySelectorAll('.example-label')).toHaveLength(1);
    expect(screen.getByText('The type of every element of an array.')).toBeTruthy();

    const check = screen.getByRole('heading', { level: 2, name: 'Check yourself' }).closest('section') as HTMLElement;
    const details = check.querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    await userEvent.click(within(check).getByText('Show the answer'));
    expect(details.open).toBe(true);
    expect(within(check).getByText('(2, 3) — transposing swaps the axes.')).toBeTruthy();

    expect(screen.getByText('Axis 0 runs down the rows.')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Next: Mean and spread/ }).getAttribute('href')).toBe('/courses/python-for-data/exercises/mean-and-spread');
    expect(screen.getByRole('link', { name: 'Python for Data Work' }).getAttribute('href')).toBe('/courses/python-for-data');
  });

  it('marks the lesson complete and shows the course progress', async () => {
    const app = renderLesson(lessonData(), {
      CompleteLesson: () => ({ data: { completeLesson: { percent: 20, lessonsCompleted: 1, lessonsTotal: 3, exercisesPassed: 0, exercisesTotal: 2 } } }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Mark as complete' }));
    expect((await screen.findByRole('status')).textContent).toBe('Lesson completed.');
    expect(screen.getByText('20% complete · 1 of 3 lessons done')).toBeTruthy();
    expect(app.api.calls('CompleteLesson')[0]?.variables).toEqual({ courseSlug: 'python-for-data', lessonSlug: 'numpy-arrays' });
    expect(screen.queryByRole('button', { name: 'Mark as complete' })).toBeNull();
  });

  it('says a completed lesson is completed', async () => {
    renderLesson(lessonData({ lesson: { completed: true } }));
    expect(await screen.findByText('Lesson completed.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mark as complete' })).toBeNull();
  });

  it('invites a reader who is not enrolled to enroll, then to mark the lesson complete', async () => {
    const app = renderLesson(lessonData({ course: { enrolled: false } }), { Enroll: () => ({ data: { enroll: courseDetail({ enrolled: true }) } }) });
    expect(await screen.findByText('Enroll in this course to record your progress.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mark as complete' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Enroll' }));
    expect(await screen.findByRole('button', { name: 'Mark as complete' })).toBeTruthy();
    expect(app.api.calls('Enroll')[0]?.variables).toEqual({ courseSlug: 'python-for-data' });
  });

  it('shows the reason when completion is refused', async () => {
    renderLesson(lessonData(), { CompleteLesson: () => graphqlError('FORBIDDEN') });
    await userEvent.click(await screen.findByRole('button', { name: 'Mark as complete' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mark as complete' })).toBeTruthy();
  });

  it('is a not-found page for an unknown lesson', async () => {
    renderApp({ path, api: createFakeApi({ RefreshSession: sessionFor(learner), Lesson: () => graphqlError('NOT_FOUND') }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });

  it('retries after a network error', async () => {
    let down = true;
    renderApp({ path, api: createFakeApi({ RefreshSession: sessionFor(learner), Lesson: () => (down ? NETWORK_DOWN : { data: lessonData() }) }) });
    expect(await screen.findByRole('alert')).toBeTruthy();
    down = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'NumPy arrays' })).toBeTruthy();
  });
});

describe('labelWorkedExamples', () => {
  it('labels worked examples only, escaping the label', () => {
    expect(labelWorkedExamples('<pre data-example=""><code>x</code></pre><pre><code>y</code></pre>', 'A <b>&')).toBe(
      '<p class="example-label">A &lt;b&gt;&amp;</p><pre data-example=""><code>x</code></pre><pre><code>y</code></pre>',
    );
    expect(labelWorkedExamples('<pre data-examples>', 'x')).toBe('<pre data-examples>');
  });
});
