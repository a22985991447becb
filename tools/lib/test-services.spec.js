const fs = require('node:fs');
const { Client } = require('pg');
const { Redis } = require('ioredis');
const { freePort, startPostgresCluster, startRedisServer } = require('./services');
const {
  createTestDatabase,
  deleteNamespaceKeys,
  dropTestDatabase,
  makeTestTmpDir,
  newTestNamespace,
  provideTestServers,
} = require('./test-services');

let postgres;
let redis;

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPostgresCluster(), startRedisServer()]);
});

afterAll(async () => {
  await Promise.all([postgres?.stop(), redis?.stop()]);
});

async function query(url, sql, params) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe('provideTestServers', () => {
  it('reuses the configured servers when they answer, and leaves them running', async () => {
    const lines = [];
    const servers = await provideTestServers({ env: { TEST_DATABASE_URL: postgres.url, TEST_REDIS_URL: redis.url }, log: (l) => lines.push(l) });
    expect(servers).toMatchObject({ postgresUrl: postgres.url, redisUrl: redis.url, startedPostgres: false, startedRedis: false });
    await servers.stop();
    expect(lines).toEqual([]);
    expect(await query(postgres.url, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('starts its own servers when the configured ones do not answer, and stops them', async () => {
    const lines = [];
    const dead = await freePort();
    const servers = await provideTestServers({
      env: { TEST_DATABASE_URL: `postgres://postgres@127.0.0.1:${dead}/postgres`, TEST_REDIS_URL: `redis://127.0.0.1:${dead}` },
      log: (l) => lines.push(l),
    });
    try {
      expect(servers.startedPostgres).toBe(true);
      expect(servers.startedRedis).toBe(true);
      expect(lines.join('\n')).toMatch(/TEST_DATABASE_URL .* does not answer/);
      expect(lines.join('\n')).toMatch(/TEST_REDIS_URL .* does not answer/);
      expect(await query(servers.postgresUrl, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await servers.stop();
    }
    await expect(query(servers.postgresUrl, 'SELECT 1')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('does not reuse a Redis that may evict keys', async () => {
    const evicting = await startRedisServer();
    const client = new Redis(evicting.url);
    await client.config('SET', 'maxmemory-policy', 'allkeys-lru');
    await client.quit();
    const lines = [];
    const servers = await provideTestServers({ env: { TEST_DATABASE_URL: postgres.url, TEST_REDIS_URL: evicting.url }, log: (l) => lines.push(l) });
    try {
      expect(servers.startedRedis).toBe(true);
      expect(servers.redisUrl).not.toBe(evicting.url);
      expect(lines.join('\n')).toMatch(/allkeys-lru/);
    } finally {
      await servers.stop();
      await evicting.stop();
    }
  });
});

describe('test databases', () => {
  it('creates a fresh database and drops it even with connections left open', async () => {
    const db = await createTestDatabase(postgres.url);
    expect(db.name).toMatch(/^sankofa_test_[0-9a-f]{12}$/);
    expect(db.url).toBe(postgres.url.replace(/\/postgres$/, `/${db.name}`));
    const leftOpen = new Client({ connectionString: db.url });
    leftOpen.on('error', () => undefined);
    await leftOpen.connect();
    await dropTestDatabase(postgres.url, db.name);
    await leftOpen.end().catch(() => undefined);
    expect(await query(postgres.url, 'SELECT datname FROM pg_database WHERE datname = $1', [db.name])).toEqual([]);
  });

  it('gives every run its own database', async () => {
    const [a, b] = await Promise.all([createTestDatabase(postgres.url), createTestDatabase(postgres.url)]);
    expect(a.name).not.toBe(b.name);
    await Promise.all([dropTestDatabase(postgres.url, a.name), dropTestDatabase(postgres.url, b.name)]);
  });

  it('refuses to drop a database it did not make', async () => {
    await expect(dropTestDatabase(postgres.url, 'postgres')).rejects.toThrow(/not a test database/);
  });
});

describe('test namespaces', () => {
  it('are fresh and valid as SANKOFA_NAMESPACE', () => {
    const a = newTestNamespace();
    expect(a).toMatch(/^test-[0-9a-f]{12}$/);
    expect(a).toMatch(/^[a-z0-9][a-z0-9-]{0,40}$/);
    expect(newTestNamespace()).not.toBe(a);
  });

  it('lose their keys on cleanup, and only theirs', async () => {
    const namespace = newTestNamespace();
    const other = newTestNamespace();
    const client = new Redis(redis.url);
    try {
      for (let i = 0; i < 1500; i++) await client.set(`sankofa:${namespace}:grading:${i}`, '1');
      await client.set(`sankofa:${other}:grading:1`, '1');
      await client.set('unrelated', '1');
      expect(await deleteNamespaceKeys(redis.url, namespace)).toBe(1500);
      expect(await client.keys(`*${namespace}*`)).toEqual([]);
      expect(await client.exists(`sankofa:${other}:grading:1`, 'unrelated')).toBe(2);
    } finally {
      await client.flushall();
      await client.quit();
    }
  });

  it('refuses a namespace that is not a test namespace', async () => {
    await expect(deleteNamespaceKeys(redis.url, 'prod')).rejects.toThrow(/not a test namespace/);
  });
});

describe('makeTestTmpDir', () => {
  it('makes a new folder each time', () => {
    const a = makeTestTmpDir();
    const b = makeTestTmpDir();
    expect(a).not.toBe(b);
    expect(fs.statSync(a).isDirectory()).toBe(true);
    fs.rmSync(a, { recursive: true });
    fs.rmSync(b, { recursive: true });
  });
});
