import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { admin, createFakeApi, instructor, learner, sessionFor } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';

async function navLinks() {
  const nav = await screen.findByRole('navigation', { name: 'Main' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
}

describe('role-aware navigation', () => {
  it.each([
    ['a learner', learner, '/learn', [['Learn', '/learn'], ['Courses', '/courses'], ['Open models', '/models']]],
    ['an instructor', instructor, '/teach', [['Learn', '/learn'], ['Courses', '/courses'], ['Open models', '/models'], ['Teach', '/teach'], ['Grading', '/grading']]],
    ['an admin', admin, '/admin/users', [['Learn', '/learn'], ['Courses', '/courses'], ['Open models', '/models'], ['Teach', '/teach'], ['Grading', '/grading'], ['Users', '/admin/users']]],
  ])('shows %s only the areas of their role', async (_who, user, home, links) => {
    renderApp({ path: home, user, api: createFakeApi({ RefreshSession: sessionFor(user), Users: () => ({ data: { users: { edges: [], pageInfo: { endCursor: null, hasNextPage: false }, totalCount: 0 } } }) }) });
    expect(await navLinks()).toEqual(links);
    expect(screen.getByText(user.displayName)).toBeTruthy();
    expect(screen.getByText(`Signed in as ${user.displayName}`)).toBeTruthy();
  });

  it('marks the current area', async () => {
    renderApp({ path: '/teach', user: instructor });
    await screen.findByRole('heading', { level: 1, name: 'Your teaching' });
    expect(screen.getByRole('link', { name: 'Teach' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Learn' }).getAttribute('aria-current')).toBeNull();
  });

  it('moves between areas and focuses the new content', async () => {
    const app = renderApp({ path: '/teach', user: instructor });
    await screen.findByRole('heading', { level: 1, name: 'Your teaching' });
    await userEvent.click(screen.getByRole('link', { name: 'Learn' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your learning' })).toBeTruthy();
    expect(app.currentPath()).toBe('/learn');
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('shows no navigation to a signed-out visitor', async () => {
    renderApp({ path: '/', user: null });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
  });

  it('signs out: revokes the session on the server, forgets it, and returns to the landing page', async () => {
    const app = renderApp({ path: '/learn', user: learner });
    await screen.findByRole('heading', { level: 1, name: 'Your learning' });
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Learn AI engineering, wherever you are' })).toBeTruthy();
    expect(app.currentPath()).toBe('/');
    expect(screen.queryByRole('navigation')).toBeNull();
    await waitFor(() => expect(app.api.calls('SignOut')).toHaveLength(1));
    expect(app.services.session.bearerForRequest()).toBeNull();
    await waitFor(() => expect(localStorage.getItem('sankofa.session')).toBeNull());
  });

  it('offers a skip link to the main content first', async () => {
    renderApp({ path: '/', user: null });
    await screen.findByRole('heading', { level: 1 });
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('Skip to main content');
    expect(document.activeElement?.getAttribute('href')).toBe('#main');
    expect(screen.getByRole('main').id).toBe('main');
  });
});
