import { Role } from '@sankofa/domain';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { User } from '../../../shared/graphql/user.fragment';
import { admin, createFakeApi, type GraphqlBody, graphqlError, instructor, learner, makeUser, sessionFor } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';

const people: User[] = [
  admin,
  instructor,
  learner,
  ...Array.from({ length: 22 }, (_, i) =>
    makeUser({ id: `c0a80101-0000-4000-8000-1000000000${String(i).padStart(2, '0')}`, email: `learner${i}@example.org`, displayName: `Learner ${i}` }),
  ),
];

/** A users query over `people` that filters, pages by cursor (the index) and counts like the API. */
function usersHandler(variables: Record<string, unknown>): GraphqlBody {
  const search = typeof variables['search'] === 'string' ? variables['search'].toLowerCase() : null;
  const role = variables['role'] as Role | null | undefined;
  const matching = people.filter(
    (u) => (!search || u.displayName.toLowerCase().includes(search) || u.email.includes(search)) && (!role || u.role === role),
  );
  const start = variables['after'] ? Number(variables['after']) + 1 : 0;
  const page = matching.slice(start, start + Number(variables['first']));
  return {
    data: {
      users: {
        edges: page.map((node, i) => ({ cursor: String(start + i), node })),
        pageInfo: { endCursor: page.length ? String(start + page.length - 1) : null, hasNextPage: start + page.length < matching.length },
        totalCount: matching.length,
      },
    },
  };
}

function renderUsers(changeUserRole?: (variables: Record<string, unknown>) => GraphqlBody, me: User = admin) {
  const api = createFakeApi({ RefreshSession: sessionFor(me), Users: usersHandler, SignOut: () => ({ data: { signOut: true } }) });
  if (changeUserRole) api.on('ChangeUserRole', changeUserRole);
  return renderApp({ path: '/admin/users', api });
}

const card = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('li') as HTMLElement;

describe('admin user list', () => {
  it('lists users with the total, authenticated with the access token', async () => {
    const app = renderUsers();
    expect(await screen.findByText('Showing 20 of 25 users')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Users' })).getAllByRole('listitem')).toHaveLength(20);
    const kofi = card('Kofi Mensah');
    expect(within(kofi).getByText('kofi@example.org')).toBeTruthy();
    expect(within(kofi).getByText(/Role: Instructor · Joined Jan 15, 2026/)).toBeTruthy();
    const [request] = app.api.calls('Users');
    expect(request?.variables).toEqual({ first: 20, after: null, search: null, role: null });
    expect(request?.authorization).toMatch(/^Bearer ey/);
  });

  it('loads more with the cursor of the last page', async () => {
    const app = renderUsers();
    await screen.findByText('Showing 20 of 25 users');
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Showing 25 of 25 users')).toBeTruthy();
    expect(app.api.calls('Users')[1]?.variables).toMatchObject({ after: '19' });
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('searches and filters by role', async () => {
    const app = renderUsers();
    await screen.findByText('Showing 20 of 25 users');
    await userEvent.type(screen.getByLabelText('Search by name or email'), 'kofi');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('Showing 1 of 1 user')).toBeTruthy();

    await userEvent.clear(screen.getByLabelText('Search by name or email'));
    await userEvent.selectOptions(screen.getByLabelText('Role'), 'ADMIN');
    expect(await screen.findByText('Showing 1 of 1 user')).toBeTruthy();
    expect(card('Ngozi Okafor')).toBeTruthy();
    expect(app.api.calls('Users').at(-1)?.variables).toEqual({ first: 20, after: null, search: null, role: 'ADMIN' });

    await userEvent.type(screen.getByLabelText('Search by name or email'), 'nobody');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('No users match your search.')).toBeTruthy();
  });

  it('changes a role after confirmation', async () => {
    const app = renderUsers(({ input }) => {
      const { userId, role } = input as { userId: string; role: Role };
      return { data: { changeUserRole: { ...(people.find((u) => u.id === userId) as User), role } } };
    });
    await screen.findByText('Showing 20 of 25 users');
    const amina = card('Amina Diallo');
    await userEvent.selectOptions(within(amina).getByRole('combobox', { name: 'Role of Amina Diallo' }), 'INSTRUCTOR');
    expect(within(amina).getByText('Change Amina Diallo from Learner to Instructor?')).toBeTruthy();
    expect(app.api.calls('ChangeUserRole')).toHaveLength(0);

    await userEvent.click(within(amina).getByRole('button', { name: 'Change role' }));
    expect((await within(amina).findByRole('status')).textContent).toBe("Amina Diallo's role is now Instructor.");
    expect(within(amina).getByText(/Role: Instructor/)).toBeTruthy();
    expect(app.api.calls('ChangeUserRole')[0]?.variables).toEqual({ input: { userId: learner.id, role: 'INSTRUCTOR' } });
    expect(within(amina).queryByRole('button', { name: 'Change role' })).toBeNull();
  });

  it('cancels a role change without calling the API', async () => {
    const app = renderUsers(() => ({ data: null }));
    await screen.findByText('Showing 20 of 25 users');
    const kofi = card('Kofi Mensah');
    const select = within(kofi).getByRole('combobox', { name: 'Role of Kofi Mensah' }) as HTMLSelectElement;
    await userEvent.selectOptions(select, 'LEARNER');
    await userEvent.click(within(kofi).getByRole('button', { name: 'Cancel' }));
    expect(select.value).toBe('INSTRUCTOR');
    expect(app.api.calls('ChangeUserRole')).toHaveLength(0);
  });

  it('explains LAST_ADMIN and shows the role the user still has', async () => {
    renderUsers(() => graphqlError('BAD_USER_INPUT', { field: 'role', reason: 'LAST_ADMIN' }));
    await screen.findByText('Showing 20 of 25 users');
    const ngozi = card('Ngozi Okafor');
    const select = within(ngozi).getByRole('combobox', { name: 'Role of Ngozi Okafor' }) as HTMLSelectElement;
    await userEvent.selectOptions(select, 'LEARNER');
    expect(within(ngozi).getByText('Change Ngozi Okafor from Admin to Learner? You will lose access to this page.')).toBeTruthy();
    await userEvent.click(within(ngozi).getByRole('button', { name: 'Change role' }));

    expect((await within(ngozi).findByRole('alert')).textContent).toBe(
      'Sankofa needs at least one admin. Make someone else an admin first.',
    );
    expect(select.value).toBe('ADMIN');
    expect(within(ngozi).getByText(/Role: Admin/)).toBeTruthy();
  });

  it('sends an admin who demoted themselves to their new home', async () => {
    const app = renderUsers(({ input }) => ({ data: { changeUserRole: { ...admin, role: (input as { role: Role }).role } } }));
    await screen.findByText('Showing 20 of 25 users');
    await userEvent.selectOptions(within(card('Ngozi Okafor')).getByRole('combobox', { name: 'Role of Ngozi Okafor' }), 'INSTRUCTOR');
    await userEvent.click(within(card('Ngozi Okafor')).getByRole('button', { name: 'Change role' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your teaching' })).toBeTruthy();
    expect(app.currentPath()).toBe('/teach');
  });

  it('shows a translated error when the list cannot load, and retries', async () => {
    let fail = true;
    const api = createFakeApi({
      RefreshSession: sessionFor(admin),
      Users: (variables) => (fail ? graphqlError('INTERNAL') : usersHandler(variables)),
    });
    renderApp({ path: '/admin/users', api });
    expect((await screen.findByRole('alert')).textContent).toContain('Something went wrong on our side. Please try again.');
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Showing 20 of 25 users')).toBeTruthy();
  });

  it('signs out when the server no longer accepts the session', async () => {
    let refreshes = 0;
    const api = createFakeApi({
      // The cookie restores the session once, then the server has revoked it.
      RefreshSession: (variables, request) => (++refreshes === 1 ? sessionFor(admin)(variables, request) : graphqlError('UNAUTHENTICATED')),
      Users: () => graphqlError('UNAUTHENTICATED'),
    });
    const app = renderApp({ path: '/admin/users', api });
    expect(await screen.findByText('Your session has ended. Please sign in again.')).toBeTruthy();
    expect(app.currentPath()).toBe('/sign-in?next=%2Fadmin%2Fusers');
    expect(api.calls('RefreshSession')).toHaveLength(2);
  });
});
