import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeApi, graphqlError, learner, NETWORK_DOWN, sessionFor } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { courseDetail, noProgress } from '../../learn/testing/fixtures';
import type { CourseDetail } from '../graphql/course-detail.fragment';

function renderCourse(course: CourseDetail, extra: Parameters<typeof createFakeApi>[0] = {}) {
  const api = createFakeApi({ RefreshSession: sessionFor(learner), Course: () => ({ data: { course } }), ...extra });
  return renderApp({ path: `/courses/${course.slug}`, api });
}

const enrolledHalfway = (): CourseDetail => {
  const base = courseDetail({ enrolled: true, progress: { percent: 40, lessonsCompleted: 2, lessonsTotal: 3, exercisesPassed: 0, exercisesTotal: 2 } });
  const [arrays, tables] = base.modules as [CourseDetail['modules'][0], CourseDetail['modules'][0]];
  return {
    ...base,
    modules: [
      { ...arrays, items: arrays.items.map((i) => (i.type === 'lesson' ? { ...i, completed: true } : i)) },
      { ...tables, items: tables.items.map((i) => (i.slug === 'pandas-basics' ? { ...i, completed: true } : i)) },
    ],
  };
};

describe('course page', () => {
  it('shows the course, its facts, translations and outline', async () => {
    renderCourse(courseDetail());
    expect(await screen.findByRole('heading', { level: 1, name: 'Python for Data Work' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Python for Data Work · Sankofa'));
    const facts = screen.getByText('Licence').closest('dl') as HTMLElement;
    expect(facts.textContent).toContain('Beginner');
    expect(facts.textContent).toContain('English');
    expect(facts.textContent).toContain('6 hours · 3 lessons · 2 exercises');
    expect(facts.textContent).toContain('CC-BY-SA-4.0');
    expect(screen.getByRole('link', { name: 'Python pour les données' }).getAttribute('href')).toBe('/courses/python-pour-les-donnees');

    const module1 = screen.getByRole('heading', { level: 3, name: 'Module 1: Arrays and tables' }).closest('section') as HTMLElement;
    const lesson = within(module1).getByRole('link', { name: 'NumPy arrays' });
    expect(lesson.getAttribute('href')).toBe('/courses/python-for-data/lessons/numpy-arrays');
    expect(lesson.closest('li')?.textContent).toContain('15 min');
    const exercise = within(module1).getByRole('link', { name: 'Mean and spread' });
    expect(exercise.getAttribute('href')).toBe('/courses/python-for-data/exercises/mean-and-spread');
    expect(exercise.closest('li')?.textContent).toContain('Python exercise');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('enrolls, then offers to start the first lesson', async () => {
    const app = renderCourse(courseDetail(), { Enroll: () => ({ data: { enroll: courseDetail({ enrolled: true, progress: noProgress }) } }) });
    await userEvent.click(await screen.findByRole('button', { name: 'Enroll' }));
    expect((await screen.findByRole('status')).textContent).toBe('You are enrolled. Your progress will be kept here.');
    expect(app.api.calls('Enroll')[0]?.variables).toEqual({ courseSlug: 'python-for-data' });
    expect(screen.getByRole('progressbar', { name: 'Progress in Python for Data Work' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Start the first lesson' }).getAttribute('href')).toBe('/courses/python-for-data/lessons/numpy-arrays');
    expect(screen.queryByRole('button', { name: 'Enroll' })).toBeNull();
  });

  it('shows progress, done marks and continues with the first unfinished lesson', async () => {
    renderCourse(enrolledHalfway());
    expect(await screen.findByText('40% complete · 2 of 3 lessons done')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Continue' }).getAttribute('href')).toBe('/courses/python-for-data/lessons/group-by');
    expect(screen.getByRole('link', { name: 'NumPy arrays' }).closest('li')?.textContent).toContain('(done)');
    expect(screen.getByRole('link', { name: 'Group by' }).closest('li')?.textContent).not.toContain('(done)');
  });

  it('leaves the course only after confirmation', async () => {
    const app = renderCourse(enrolledHalfway(), { Unenroll: () => ({ data: { unenroll: true } }) });
    await userEvent.click(await screen.findByRole('button', { name: 'Leave course' }));
    expect(screen.getByText(/Leave this course\?/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(app.api.calls('Unenroll')).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: 'Leave course' }));
    await userEvent.click(screen.getByRole('button', { name: 'Leave the course' }));
    expect((await screen.findByRole('status')).textContent).toBe('You left this course. Your progress is kept if you come back.');
    expect(app.api.calls('Unenroll')[0]?.variables).toEqual({ courseSlug: 'python-for-data' });
    expect(screen.getByRole('button', { name: 'Enroll' })).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows a translated error when enrolling fails', async () => {
    renderCourse(courseDetail(), { Enroll: () => NETWORK_DOWN });
    await userEvent.click(await screen.findByRole('button', { name: 'Enroll' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/connection/i);
    expect(screen.getByRole('button', { name: 'Enroll' })).toBeTruthy();
  });

  it('is a not-found page for an unknown course', async () => {
    renderApp({ path: '/courses/nope', api: createFakeApi({ RefreshSession: sessionFor(learner), Course: () => graphqlError('NOT_FOUND') }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });

  it('retries after a network error', async () => {
    let down = true;
    renderApp({ path: '/courses/python-for-data', api: createFakeApi({ RefreshSession: sessionFor(learner), Course: () => (down ? NETWORK_DOWN : { data: { course: courseDetail() } }) }) });
    expect(await screen.findByRole('alert')).toBeTruthy();
    down = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Python for Data Work' })).toBeTruthy();
  });
});
