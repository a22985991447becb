import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { admin, authPayload, createFakeApi, graphqlError, type GraphqlBody, NETWORK_DOWN, sessionFor } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';

function field(label: string) {
  return screen.getByLabelText(label) as HTMLInputElement;
}

async function submit(email: string, password: string) {
  await userEvent.type(field('Email'), email);
  await userEvent.type(field('Password'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

function renderSignIn(signIn: () => GraphqlBody | typeof NETWORK_DOWN | Promise<GraphqlBody>, path = '/sign-in') {
  const api = createFakeApi({ RefreshSession: sessionFor(null), SignIn: signIn });
  return renderApp({ path, api });
}

describe('sign-in form', () => {
  it('asks for both fields, without applying new-password rules to existing passwords', async () => {
    const app = renderSignIn(() => ({ data: null }));
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter your email address.')).toBeTruthy();
    expect(screen.getByText('Enter your password.')).toBeTruthy();
    expect(field('Email').getAttribute('aria-describedby')).toBe(screen.getByText('Enter your email address.').id);

    await submit('ngozi@example.org', 'short');
    await waitFor(() => expect(app.api.calls('SignIn')).toHaveLength(1));
  });

  it('shows wrong credentials above the form and keeps what was typed', async () => {
    renderSignIn(() => graphqlError('UNAUTHENTICATED', { reason: 'INVALID_CREDENTIALS' }));
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    await submit('ngozi@example.org', 'wrong password');
    expect((await screen.findByRole('alert')).textContent).toBe('The email address or password is incorrect.');
    expect(field('Email').value).toBe('ngozi@example.org');
    expect(field('Password').value).toBe('wrong password');
  });

  it('shows the wait in minutes for a long rate limit', async () => {
    renderSignIn(() => graphqlError('RATE_LIMITED', { retryAfterSeconds: 600 }));
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    await submit('ngozi@example.org', 'any password');
    expect((await screen.findByRole('alert')).textContent).toBe('Too many attempts. Try again in 10 minutes.');
  });

  it('shows a network failure and lets the user try again', async () => {
    let attempts = 0;
    const app = renderSignIn(() => (++attempts === 1 ? NETWORK_DOWN : { data: { signIn: authPayload(admin) } }));
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    await submit('ngozi@example.org', 'correct horse battery');
    expect((await screen.findByRole('alert')).textContent).toBe('We could not reach Sankofa. Check your connection and try again.');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeTruthy();
    expect(app.currentPath()).toBe('/admin/users');
  });

  it('keeps the return path when switching to sign-up', async () => {
    renderSignIn(() => ({ data: null }), '/sign-in?next=%2Fteach');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(screen.getByRole('link', { name: 'Create an account' }).getAttribute('href')).toBe('/sign-up?next=%2Fteach');
  });

  it('disables the button while signing in', async () => {
    let answer!: (body: GraphqlBody) => void;
    renderSignIn(() => new Promise<GraphqlBody>((resolve) => (answer = resolve)));
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    await submit('ngozi@example.org', 'correct horse battery');
    const button = screen.getByRole('button', { name: 'Sign in' }) as HTMLButtonElement;
    await waitFor(() => expect(button.disabled).toBe(true));
    expect(screen.getByRole('status').textContent).toBe('Signing in…');
    answer({ data: { signIn: authPayload(admin) } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeTruthy();
  });

  it('offers to retry restoring the session when the server was unreachable', async () => {
    let reachable = false;
    const api = createFakeApi({
      RefreshSession: () => (reachable ? { data: { refreshSession: authPayload(admin) } } : NETWORK_DOWN),
    });
    renderApp({ path: '/sign-in', api });
    expect(await screen.findByText(/We could not reach Sankofa to restore your session/)).toBeTruthy();
    reachable = true;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeTruthy();
  });
});
