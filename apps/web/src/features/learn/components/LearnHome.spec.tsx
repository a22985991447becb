import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeApi, graphqlError, learner, NETWORK_DOWN, sessionFor } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { courseCard } from '../testing/fixtures';

const python = courseCard({ enrolled: true });
const tracks = [
  { id: 't1', slug: 'ml-foundations', title: 'Machine Learning Foundations', summary: 'From arrays to models.', language: 'en', courses: [python, courseCard({ id: 'c2', slug: 'supervised-learning-basics', title: 'Supervised Learning Basics', level: 'INTERMEDIATE', estimatedHours: 1.5, lessonCount: 1, exerciseCount: 1 })] },
  { id: 't2', slug: 'language-tech', title: 'Language Technology', summary: 'Text in African languages.', language: 'en', courses: [python] },
];

describe('learner home', () => {
  it('shows followed courses with progress, then the tracks, and links to the catalog', async () => {
    const api = createFakeApi({
      RefreshSession: sessionFor(learner),
      LearnHome: () => ({ data: { tracks } }),
      CourseProgress: ({ slug }) => ({ data: { course: { id: 'x', slug, progress: { percent: 40, lessonsCompleted: 2, lessonsTotal: 5, exercisesPassed: 0, exercisesTotal: 3 } } } }),
    });
    renderApp({ path: '/learn', api });
    expect(await screen.findByRole('status')).toBeTruthy();

    const mine = (await screen.findByRole('heading', { level: 2, name: 'Your courses' })).closest('section') as HTMLElement;
    // Followed once even though it is in two tracks.
    expect(within(mine).getAllByRole('listitem')).toHaveLength(1);
    expect(await within(mine).findByText('40% complete · 2 of 5 lessons done')).toBeTruthy();
    expect((within(mine).getByRole('progressbar', { name: 'Progress in Python for Data Work' }) as HTMLProgressElement).value).toBe(40);
    expect(api.calls('CourseProgress')).toHaveLength(1);

    const track = screen.getByRole('heading', { level: 2, name: 'Machine Learning Foundations' }).closest('section') as HTMLElement;
    expect(within(track).getByText('From arrays to models.')).toBeTruthy();
    const card = within(track).getByRole('link', { name: 'Supervised Learning Basics' }).closest('li') as HTMLElement;
    expect(card.textContent).toContain('Intermediate · English · 1.5 hours');
    expect(card.textContent).toContain('1 lesson · 1 exercise');
    expect(within(track).getByRole('link', { name: 'Python for Data Work' }).getAttribute('href')).toBe('/courses/python-for-data');
    expect(screen.getByRole('heading', { level: 2, name: 'Language Technology' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Browse all courses' }).getAttribute('href')).toBe('/courses');
    expect(document.title).toBe('Your learning · Sankofa');
  });

  it('invites a learner who follows nothing to pick a course', async () => {
    renderApp({ path: '/learn', api: createFakeApi({ RefreshSession: sessionFor(learner), LearnHome: () => ({ data: { tracks: [tracks[0]].map((t) => ({ ...t, courses: t.courses.map((c) => ({ ...c, enrolled: false })) })) } }) }) });
    expect(await screen.findByText(/You have not enrolled in a course yet/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Your courses' })).toBeNull();
  });

  it('says so when nothing is published', async () => {
    renderApp({ path: '/learn', api: createFakeApi({ RefreshSession: sessionFor(learner), LearnHome: () => ({ data: { tracks: [] } }) }) });
    expect(await screen.findByRole('heading', { level: 2, name: 'No courses published yet' })).toBeTruthy();
  });

  it('offers a retry when the network fails', async () => {
    let down = true;
    const api = createFakeApi({ RefreshSession: sessionFor(learner), LearnHome: () => (down ? NETWORK_DOWN : { data: { tracks } }), CourseProgress: () => graphqlError('INTERNAL') });
    renderApp({ path: '/learn', api });
    expect((await screen.findByRole('alert')).textContent).toContain('Try again');
    down = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Machine Learning Foundations' })).toBeTruthy();
    expect(await screen.findByText('Progress could not be loaded.')).toBeTruthy();
  });
});
