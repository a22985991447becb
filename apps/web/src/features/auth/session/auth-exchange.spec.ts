import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../app/services';
import { admin, authPayload, createFakeApi, graphqlError, sessionFor } from '../../../test/fake-api';
import { UsersQuery } from '../../admin-users/graphql/users.query';

const emptyPage = { data: { users: { edges: [], pageInfo: { endCursor: null, hasNextPage: false }, totalCount: 0 } } };

/** The real client and session over a fake API, on a clock the test moves. */
function setup() {
  let now = 5_000_000;
  const api = createFakeApi({ RefreshSession: sessionFor(admin), Users: () => emptyPage, SignIn: () => ({ data: null }) });
  const services = createAppServices({ fetch: api.fetch, session: { now: () => now, setTimer: () => 0, clearTimer: () => undefined, withLock: (task) => task() } });
  return { api, services, moveClock: (ms: number) => (now += ms) };
}

describe('auth exchange', () => {
  it('sends no token while signed out', async () => {
    const { api, services } = setup();
    await services.client.query(UsersQuery, { first: 20 }).toPromise();
    expect(api.calls('Users')[0]?.authorization).toBeNull();
  });

  it('sends the access token as a Bearer header, and the refresh without it', async () => {
    const { api, services } = setup();
    await services.session.start();
    await services.client.query(UsersQuery, { first: 20 }).toPromise();
    expect(api.calls('RefreshSession')[0]?.authorization).toBeNull();
    expect(api.calls('Users')[0]?.authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it('refreshes a due token before sending the request, which then carries the new one', async () => {
    const { api, services, moveClock } = setup();
    services.session.establish(authPayload(admin));
    const renewed = authPayload(admin);
    renewed.accessToken = `${renewed.accessToken}x`;
    api.on('RefreshSession', () => ({ data: { refreshSession: renewed } }));
    moveClock(14 * 60_000 + 1);
    await services.client.query(UsersQuery, { first: 20 }).toPromise();
    expect(api.requests.map((r) => r.operationName)).toEqual(['RefreshSession', 'Users']);
    expect(api.calls('Users')[0]?.authorization).toBe(`Bearer ${renewed.accessToken}`);
  });

  it('does not treat a failed sign-in (UNAUTHENTICATED without a token) as a lost session', async () => {
    const { api, services } = setup();
    api.on('SignIn', () => graphqlError('UNAUTHENTICATED', { reason: 'INVALID_CREDENTIALS' }));
    await services.session.start();
    await services.session.signOut();
    await services.client.mutation(/* GraphQL */ 'mutation SignIn { signIn(input: { email: "a@b.co", password: "x" }) { accessToken } }', {}).toPromise();
    expect(api.calls('RefreshSession')).toHaveLength(1);
  });
});
