import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeApi, type GraphqlBody, learner, NETWORK_DOWN, sessionFor } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { courseCard } from '../../learn/testing/fixtures';
import type { CourseCardData } from '../graphql/course-card.fragment';

const all: CourseCardData[] = Array.from({ length: 15 }, (_, i) =>
  courseCard({
    id: `course-${i}`,
    slug: `course-${String(i).padStart(2, '0')}`,
    title: i === 0 ? 'Swahili Tokenization' : `Course ${i}`,
    language: i < 3 ? 'sw' : 'en',
    level: i % 2 ? 'ADVANCED' : 'BEGINNER',
  }),
);

/** Filters and pages by cursor (the index) like the API. */
function coursesHandler(variables: Record<string, unknown>): GraphqlBody {
  const search = typeof variables['search'] === 'string' ? variables['search'].toLowerCase() : null;
  const matching = all.filter(
    (c) =>
      (!search || c.title.toLowerCase().includes(search)) &&
      (!variables['language'] || c.language === variables['language']) &&
      (!variables['level'] || c.level === variables['level']) &&
      (!variables['track'] || variables['track'] === 'language-tech'),
  );
  const start = variables['after'] ? Number(variables['after']) + 1 : 0;
  const page = matching.slice(start, start + Number(variables['first']));
  return {
    data: {
      courses: {
        edges: page.map((node, i) => ({ cursor: String(start + i), node })),
        pageInfo: { endCursor: page.length ? String(start + page.length - 1) : null, hasNextPage: start + page.length < matching.length },
        totalCount: matching.length,
      },
    },
  };
}

const filters = { data: { tracks: [{ id: 't1', slug: 'language-tech', title: 'Language Technology', courses: [{ id: 'a', language: 'sw' }, { id: 'b', language: 'en' }] }] } };

function renderCatalog(path = '/courses', courses: (v: Record<string, unknown>) => GraphqlBody | typeof NETWORK_DOWN = coursesHandler) {
  const api = createFakeApi({ RefreshSession: sessionFor(learner), Courses: courses, CatalogFilters: () => filters });
  return renderApp({ path, api });
}

const form = () => within(screen.getByRole('search', { name: 'Find a course' }));

describe('course catalog', () => {
  it('lists courses with the total and loads more with the cursor', async () => {
    const app = renderCatalog();
    expect(await screen.findByText('Loading courses…')).toBeTruthy();
    expect(await screen.findByText('Showing 12 of 15 courses')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Courses' })).getAllByRole('listitem')).toHaveLength(12);
    expect(app.api.calls('Courses')[0]?.variables).toEqual({ first: 12, after: null, search: null, language: null, level: null, track: null });

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Showing 15 of 15 courses')).toBeTruthy();
    expect(app.api.calls('Courses')[1]?.variables).toMatchObject({ after: '11' });
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(document.title).toBe('Courses · Sankofa');
  });

  it('keeps the search and filters in the address', async () => {
    const app = renderCatalog();
    await screen.findByText('Showing 12 of 15 courses');
    await userEvent.type(screen.getByLabelText('Search courses'), 'swahili');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('Showing 1 of 1 course')).toBeTruthy();
    expect(app.currentPath()).toBe('/courses?q=swahili');

    await userEvent.clear(screen.getByLabelText('Search courses'));
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    await screen.findByText('Showing 12 of 15 courses');
    // The language choices come from the tracks and are named in the reader's language.
    await within(form().getByLabelText('Language')).findByRole('option', { name: 'Swahili' });
    await userEvent.selectOptions(form().getByLabelText('Language'), 'sw');
    await userEvent.selectOptions(screen.getByLabelText('Level'), 'ADVANCED');
    await userEvent.selectOptions(screen.getByLabelText('Track'), 'language-tech');
    expect(await screen.findByText('Showing 1 of 1 course')).toBeTruthy();
    expect(app.currentPath()).toBe('/courses?language=sw&level=ADVANCED&track=language-tech');
    expect(app.api.calls('Courses').at(-1)?.variables).toEqual({ first: 12, after: null, search: null, language: 'sw', level: 'ADVANCED', track: 'language-tech' });

    await userEvent.click(screen.getByRole('link', { name: 'Clear the filters' }));
    expect(await screen.findByText('Showing 12 of 15 courses')).toBeTruthy();
    expect(app.currentPath()).toBe('/courses');
  });

  it('opens a shared link with its filters applied', async () => {
    const app = renderCatalog('/courses?q=course&level=BEGINNER');
    expect(await screen.findByText('Showing 7 of 7 courses')).toBeTruthy();
    expect((screen.getByLabelText('Search courses') as HTMLInputElement).value).toBe('course');
    expect((screen.getByLabelText('Level') as HTMLSelectElement).value).toBe('BEGINNER');
    expect(app.api.calls('Courses')[0]?.variables).toMatchObject({ search: 'course', level: 'BEGINNER' });
  });

  it('says when nothing matches', async () => {
    renderCatalog('/courses?q=quantum');
    expect(await screen.findByText('No course matches these filters.')).toBeTruthy();
  });

  it('retries after a network error', async () => {
    let down = true;
    renderCatalog('/courses', (v) => (down ? NETWORK_DOWN : coursesHandler(v)));
    expect((await screen.findByRole('alert')).textContent).toContain('Try again');
    down = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Showing 12 of 15 courses')).toBeTruthy();
  });
});
