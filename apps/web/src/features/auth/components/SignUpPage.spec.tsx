import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { authPayload, createFakeApi, graphqlError, type GraphqlBody, learner, NETWORK_DOWN, sessionFor } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';

function field(label: string) {
  return screen.getByLabelText(label) as HTMLInputElement;
}

/** The message an input points to with aria-describedby (its error first, then its hint). */
function describedText(input: HTMLElement) {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent)
    .join(' | ');
}

async function fillIn(values: { name?: string; email?: string; password?: string }) {
  if (values.name) await userEvent.type(field('Display name'), values.name);
  if (values.email) await userEvent.type(field('Email'), values.email);
  if (values.password) await userEvent.type(field('Password'), values.password);
}

function renderSignUp(signUp: (variables: Record<string, unknown>) => GraphqlBody | typeof NETWORK_DOWN | Promise<GraphqlBody>) {
  const api = createFakeApi({ RefreshSession: sessionFor(null), SignUp: signUp });
  const app = renderApp({ path: '/sign-up', api });
  return { ...app, api };
}

describe('sign-up form', () => {
  it('checks every field with the shared rules before sending anything', async () => {
    const { api } = renderSignUp(() => ({ data: null }));
    await screen.findByRole('heading', { level: 1, name: 'Create your account' });
    await userEvent.type(field('Email'), 'not-an-email');
    await userEvent.type(field('Password'), 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));

    expect(field('Display name').getAttribute('aria-invalid')).toBe('true');
    expect(describedText(field('Display name'))).toContain('Enter a display name.');
    expect(describedText(field('Email'))).toBe('Enter an email address like name@example.com.');
    expect(describedText(field('Password'))).toMatch(/^Use at least 10 characters\. \| At least 10 characters/);
    expect(document.activeElement).toBe(field('Display name'));
    expect(api.calls('SignUp')).toHaveLength(0);
  });

  it('clears a field error as soon as the user edits that field, and re-checks on leaving it', async () => {
    renderSignUp(() => ({ data: null }));
    await screen.findByRole('heading', { level: 1, name: 'Create your account' });
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(field('Email').getAttribute('aria-invalid')).toBe('true');
    await userEvent.type(field('Email'), 'amina@');
    expect(field('Email').getAttribute('aria-invalid')).toBeNull();
    await userEvent.tab();
    expect(describedText(field('Email'))).toBe('Enter an email address like name@example.com.');
  });

  it('sends the account with the interface language and signs the new learner in', async () => {
    const { api, currentPath } = renderSignUp(() => ({ data: { signUp: authPayload(learner) } }));
    await screen.findByRole('heading', { level: 1, name: 'Create your account' });
    await fillIn({ name: '  Amina Diallo ', email: 'Amina@Example.org', password: 'a long enough passphrase' });
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Your learning' })).toBeTruthy();
    expect(currentPath()).toBe('/learn');
    expect(api.calls('SignUp')[0]?.variables).toEqual({
      input: { displayName: 'Amina Diallo', email: 'Amina@Example.org', password: 'a long enough passphrase', locale: 'en' },
    });
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
  });

  it('shows EMAIL_TAKEN under the email field and keeps everything typed', async () => {
    renderSignUp(() => graphqlError('BAD_USER_INPUT', { field: 'email', reason: 'EMAIL_TAKEN' }));
    await screen.findByRole('heading', { level: 1, name: 'Create your account' });
    await fillIn({ name: 'Amina', email: 'amina@example.org', password: 'a long enough passphrase' });
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(field('Email').getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(field('Email'))).toBe('An account already uses this email address. Sign in instead?');
    expect(document.activeElement).toBe(field('Email'));
    expect(field('Display name').value).toBe('Amina');
    expect(field('Email').value).toBe('amina@example.org');
    expect(field('Password').value).toBe('a long enough passphrase');
  });

  it('maps a server field error it has no special wording for to the generic reason message', async () => {
    renderSignUp(() => graphqlError('BAD_USER_INPUT', { field: 'displayName', reason: 'INVALID_VALUE' }));
    await screen.findByRole('heading', { level: 1, name: 'Create your account' });
    await fillIn({ name: 'Amina', email: 'amina@example.org', password: 'a long enough passphrase' });
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(describedText(field('Display name'))).toContain('This value is not valid.'));
  });

  it('says how long to wait when rate limited', async () => {
    renderSignUp(() => graphqlError('RATE_LIMITED', { retryAfterSeconds: 42 }));
    await screen.findByRole('heading', { level: 1, name: 'Create your account' });
    await fillIn({ name: 'Amina', email: 'amina@example.org', password: 'a long enough passphrase' });
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Too many attempts. Try again in 42 seconds.');
  });

  it('says so when the network fails, without losing the form', async () => {
    renderSignUp(() => NETWORK_DOWN);
    await screen.findByRole('heading', { level: 1, name: 'Create your account' });
    await fillIn({ name: 'Amina', email: 'amina@example.org', password: 'a long enough passphrase' });
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect((await screen.findByRole('alert')).textContent).toBe('We could not reach Sankofa. Check your connection and try again.');
    expect(field('Password').value).toBe('a long enough passphrase');
  });

  it('disables the submit button while the request is pending and sends once', async () => {
    let answer!: (body: GraphqlBody) => void;
    const { api } = renderSignUp(() => new Promise<GraphqlBody>((resolve) => (answer = resolve)));
    await screen.findByRole('heading', { level: 1, name: 'Create your account' });
    await fillIn({ name: 'Amina', email: 'amina@example.org', password: 'a long enough passphrase' });
    const submit = screen.getByRole('button', { name: 'Create account' }) as HTMLButtonElement;
    await userEvent.click(submit);

    await waitFor(() => expect(submit.disabled).toBe(true));
    expect(screen.getByRole('status').textContent).toBe('Creating your account…');
    await userEvent.click(submit);
    expect(api.calls('SignUp')).toHaveLength(1);

    answer(graphqlError('INTERNAL'));
    await waitFor(() => expect(submit.disabled).toBe(false));
    expect(screen.getByRole('alert').textContent).toBe('Something went wrong on our side. Please try again.');
  });
});
