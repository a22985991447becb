import { Client } from 'graphql-ws';
import { Account, ApiUnderTest } from './support/api-under-test';
import { socketClient } from './support/graphql-socket';

const ACCOUNT_UPDATED = `subscription { myAccountUpdated { id role } }`;

/** Subscribes and resolves with the first result, or rejects with the close event / errors. */
function firstResult(client: Client, query: string, onSubscribed?: () => void): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const unsubscribe = client.subscribe(
      { query },
      {
        next: (value) => {
          unsubscribe();
          resolve(value as Record<string, unknown>);
        },
        error: reject,
        complete: () => undefined,
      },
    );
    // graphql-ws acknowledges the subscription implicitly; give the server a moment to subscribe to Redis.
    setTimeout(() => onSubscribed?.(), 300);
  });
}

describe('subscriptions across API instances (Redis pub/sub)', () => {
  let first: ApiUnderTest;
  let second: ApiUnderTest;
  let admin: Account;

  beforeAll(async () => {
    first = await ApiUnderTest.start('postgres');
    // A second instance of the same deployment: same database, Redis namespace and secret.
    second = await ApiUnderTest.start('postgres', { redisNamespace: first.settings.redisNamespace, jwtSecret: first.settings.jwtSecret });
    admin = await first.account('ADMIN');
  });
  afterAll(async () => {
    await second.stop();
    await first.stop();
  });

  it('pushes a role change made on one instance to the user connected to the other', async () => {
    const learner = await first.signUp();
    const client = socketClient(second, learner.token);
    try {
      const result = await firstResult(client, ACCOUNT_UPDATED, () => {
        void first.gql(`mutation($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id } }`, { input: { userId: learner.id, role: 'INSTRUCTOR' } }, { token: admin.token });
      });
      expect(result).toEqual({ data: { myAccountUpdated: { id: learner.id, role: 'INSTRUCTOR' } } });
    } finally {
      await client.dispose();
    }
  });

  it('refuses a socket without a valid token (4403)', async () => {
    for (const token of [undefined, 'forged.token.value']) {
      const client = socketClient(first, token);
      const outcome = await firstResult(client, ACCOUNT_UPDATED).catch((err: { code?: number }) => err);
      expect((outcome as { code?: number }).code).toBe(4403);
      await client.dispose();
    }
  });

  it('applies the same validation and cost limits as HTTP', async () => {
    const learner = await first.signUp();
    const client = socketClient(first, learner.token);
    try {
      const unknown = await firstResult(client, `subscription { nothingHere }`).catch((errors) => errors);
      expect(unknown[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const aliases = Array.from({ length: 2600 }, (_, i) => `a${i}: id b${i}: role`).join(' ');
      const costly = await firstResult(client, `subscription { myAccountUpdated { ${aliases} } }`).catch((errors) => errors);
      expect(costly[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
    } finally {
      await client.dispose();
    }
  });
});

describe('a burst of first subscriptions on a fresh API instance', () => {
  let api: ApiUnderTest;

  beforeAll(async () => {
    api = await ApiUnderTest.start('postgres');
  });
  afterAll(() => api.stop());

  it('subscribes every one (the Redis subscriber connects while they arrive)', async () => {
    const learners = await Promise.all(Array.from({ length: 10 }, () => api.signUp()));
    const clients = learners.map((l) => socketClient(api, l.token));
    const failures: unknown[] = [];
    const unsubscribes = clients.flatMap((client) =>
      Array.from({ length: 5 }, () => client.subscribe({ query: ACCOUNT_UPDATED }, { next: () => undefined, error: (e) => failures.push(e), complete: () => undefined })),
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(failures).toEqual([]);
      expect((await api.gql('{ health { status } }')).data).toBeTruthy();
    } finally {
      unsubscribes.forEach((u) => u());
      await Promise.all(clients.map((c) => c.dispose()));
    }
  });
});
