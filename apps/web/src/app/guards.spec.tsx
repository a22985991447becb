import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeApi, graphqlError, instructor, learner, admin, authPayload, sessionFor } from '../test/fake-api';
import { renderApp } from '../test/render-app';
import { safeReturnPath } from '../features/navigation/destinations';

describe('route guard', () => {
  it('sends a signed-out visitor to sign-in, then back to the page they asked for', async () => {
    const api = createFakeApi({
      RefreshSession: sessionFor(null),
      SignIn: () => ({ data: { signIn: authPayload(instructor) } }),
    });
    const app = renderApp({ path: '/teach', api });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(app.currentPath()).toBe('/sign-in?next=%2Fteach');

    await userEvent.type(screen.getByLabelText('Email'), 'kofi@example.org');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Your teaching' })).toBeTruthy();
    expect(app.currentPath()).toBe('/teach');
  });

  it.each([
    [learner, '/admin/users', '/learn', 'Your learning'],
    [learner, '/teach', '/learn', 'Your learning'],
    [instructor, '/admin/users', '/teach', 'Your teaching'],
  ])('sends a signed-in user without the role to their own home (%#)', async (user, path, home, heading) => {
    const app = renderApp({ path, user });
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy();
    expect(app.currentPath()).toBe(home);
  });

  it('lets broader roles into shared areas', async () => {
    renderApp({ path: '/learn', user: admin, api: createFakeApi({ RefreshSession: sessionFor(admin) }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Your learning' })).toBeTruthy();
  });

  it('shows that the session is being restored rather than bouncing to sign-in', async () => {
    let answer!: () => void;
    const api = createFakeApi({
      RefreshSession: () =>
        new Promise((resolve) => {
          answer = () => resolve({ data: { refreshSession: authPayload(learner) } });
        }),
    });
    const app = renderApp({ path: '/learn', api });
    expect(await screen.findByText('Restoring your session…')).toBeTruthy();
    expect(app.currentPath()).toBe('/learn');
    answer();
    expect(await screen.findByRole('heading', { level: 1, name: 'Your learning' })).toBeTruthy();
  });

  it('does not flash the landing page at a returning user while their session is restored', async () => {
    localStorage.setItem('sankofa.session', 'active');
    let answer!: () => void;
    const api = createFakeApi({
      RefreshSession: () =>
        new Promise((resolve) => {
          answer = () => resolve({ data: { refreshSession: authPayload(learner) } });
        }),
    });
    renderApp({ path: '/', api });
    expect(await screen.findByText('Restoring your session…')).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    answer();
    expect(await screen.findByRole('heading', { level: 1, name: 'Your learning' })).toBeTruthy();
  });

  it('sends signed-in users from the landing page and the sign-in page to their home', async () => {
    const landing = renderApp({ path: '/', user: admin });
    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeTruthy();
    expect(landing.currentPath()).toBe('/admin/users');
    landing.unmount();

    const signIn = renderApp({ path: '/sign-in', user: learner });
    await waitFor(() => expect(signIn.currentPath()).toBe('/learn'));
  });

  it('shows the landing page to visitors without a session', async () => {
    renderApp({ path: '/', user: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Learn AI engineering, wherever you are' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Create an account' }).getAttribute('href')).toBe('/sign-up');
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/sign-in');
  });

  it('tells the user their session ended when the refresh cookie is no longer accepted', async () => {
    localStorage.setItem('sankofa.session', 'active');
    renderApp({ path: '/learn', api: createFakeApi({ RefreshSession: () => graphqlError('UNAUTHENTICATED') }) });
    expect(await screen.findByText('Your session has ended. Please sign in again.')).toBeTruthy();
  });

  it('shows a not-found page for unknown paths', async () => {
    renderApp({ path: '/nowhere' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });
});

describe('safeReturnPath', () => {
  it.each([
    ['/admin/users?search=ada', '/admin/users?search=ada'],
    ['//evil.example/phish', null],
    ['/\\evil.example', null],
    ['https://evil.example', null],
    ['/sign-in?next=/learn', null],
    [null, null],
  ])('%s -> %s', (next, expected) => {
    expect(safeReturnPath(next)).toBe(expected);
  });
});
