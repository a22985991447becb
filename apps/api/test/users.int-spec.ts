import { DATABASE_KINDS } from '@sankofa/testing';
import { randomUUID } from 'node:crypto';
import { Account, ApiUnderTest, errorCode, uniqueEmail } from './support/api-under-test';

const USERS = `query Users($first: Int, $after: String, $search: String, $role: Role) {
  users(first: $first, after: $after, search: $search, role: $role) {
    totalCount edges { cursor node { id email displayName role } } pageInfo { endCursor hasNextPage }
  }
}`;
const CHANGE_ROLE = `mutation ChangeRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id role } }`;

type UsersPage = { users: { totalCount: number; edges: Array<{ node: { id: string; email: string; role: string } }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } } };

describe.each(DATABASE_KINDS)('user administration on %s', (kind) => {
  let api: ApiUnderTest;
  let admin: Account;
  let instructor: Account;
  let learner: Account;

  beforeAll(async () => {
    api = await ApiUnderTest.start(kind);
    admin = await api.account('ADMIN');
    instructor = await api.account('INSTRUCTOR');
    learner = await api.account('LEARNER');
  });
  afterAll(() => api.stop());

  describe('users', () => {
    it('is for admins only', async () => {
      expect(errorCode(await api.gql(USERS))).toBe('UNAUTHENTICATED');
      expect(errorCode(await api.gql(USERS, {}, { token: learner.token }))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(USERS, {}, { token: instructor.token }))).toBe('FORBIDDEN');
    });

    it('pages through every account by e-mail with stable cursors', async () => {
      const tag = `page${Date.now()}`;
      const created = [];
      for (let i = 0; i < 5; i++) created.push(await api.signUp({ email: uniqueEmail(`${tag}-${i}`) }));
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const res: { data?: UsersPage | null } = await api.gql<UsersPage>(USERS, { first: 2, after, search: tag }, { token: admin.token });
        const page: UsersPage['users'] = res.data!.users;
        expect(page.totalCount).toBe(5);
        seen.push(...page.edges.map((e) => e.node.email));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        pages++;
      } while (after);
      expect(pages).toBe(3);
      expect(seen).toEqual(created.map((c) => c.email).sort());
    });

    it('searches names and addresses, and filters by role', async () => {
      const res = await api.gql<UsersPage>(USERS, { search: instructor.email.slice(0, 18).toUpperCase(), role: 'INSTRUCTOR' }, { token: admin.token });
      expect(res.data?.users.edges.map((e) => e.node.id)).toEqual([instructor.id]);
      const none = await api.gql<UsersPage>(USERS, { search: '%_' }, { token: admin.token });
      expect(none.data?.users.totalCount).toBe(0);
    });

    it.each([[0], [101], [-1]])('refuses a page size of %d', async (first) => {
      const res = await api.gql(USERS, { first }, { token: admin.token });
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first', reason: 'INVALID_VALUE' });
    });

    it('refuses a forged cursor', async () => {
      const res = await api.gql(USERS, { after: 'not-a-cursor' }, { token: admin.token });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });

  describe('changeUserRole', () => {
    it('is for admins only; nobody may change their own role through it without being admin', async () => {
      const input = { userId: learner.id, role: 'ADMIN' };
      expect(errorCode(await api.gql(CHANGE_ROLE, { input }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await api.gql(CHANGE_ROLE, { input }, { token: learner.token }))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(CHANGE_ROLE, { input: { userId: learner.id, role: 'ADMIN' } }, { token: instructor.token }))).toBe('FORBIDDEN');
      const me = await api.gql<{ me: { role: string } }>(`{ me { role } }`, {}, { token: learner.token });
      expect(me.data?.me.role).toBe('LEARNER');
    });

    it('promotes a learner; the new role applies to their very next request', async () => {
      const person = await api.signUp();
      const res = await api.gql<{ changeUserRole: { id: string; role: string } }>(CHANGE_ROLE, { input: { userId: person.id, role: 'INSTRUCTOR' } }, { token: admin.token });
      expect(res.data?.changeUserRole).toEqual({ id: person.id, role: 'INSTRUCTOR' });
      const me = await api.gql<{ me: { role: string } }>(`{ me { role } }`, {}, { token: person.token });
      expect(me.data?.me.role).toBe('INSTRUCTOR');
    });

    it('a demoted admin loses admin rights at once, although their token is still valid', async () => {
      const other = await api.account('ADMIN');
      await api.gql(CHANGE_ROLE, { input: { userId: other.id, role: 'LEARNER' } }, { token: admin.token });
      expect(errorCode(await api.gql(USERS, {}, { token: other.token }))).toBe('FORBIDDEN');
    });

    it('answers NOT_FOUND for unknown or malformed ids', async () => {
      for (const userId of [randomUUID(), 'nope']) {
        expect(errorCode(await api.gql(CHANGE_ROLE, { input: { userId, role: 'INSTRUCTOR' } }, { token: admin.token }))).toBe('NOT_FOUND');
      }
    });

    it('rejects an unknown role as BAD_USER_INPUT', async () => {
      expect(errorCode(await api.gql(CHANGE_ROLE, { input: { userId: learner.id, role: 'OWNER' } }, { token: admin.token }))).toBe('BAD_USER_INPUT');
    });

    it('keeps at least one admin', async () => {
      const solo = await ApiUnderTest.start('sqlite');
      try {
        const onlyAdmin = await solo.account('ADMIN');
        const res = await solo.gql(CHANGE_ROLE, { input: { userId: onlyAdmin.id, role: 'LEARNER' } }, { token: onlyAdmin.token });
        expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'role', reason: 'LAST_ADMIN' });
        const me = await solo.gql<{ me: { role: string } }>(`{ me { role } }`, {}, { token: onlyAdmin.token });
        expect(me.data?.me.role).toBe('ADMIN');
      } finally {
        await solo.stop();
      }
    });
  });
});
