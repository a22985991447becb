const fs = require('node:fs');
const { Client } = require('pg');
const { Redis } = require('ioredis');
const { freePort, postgresAnswers, startPostgresCluster, startRedisServer } = require('../lib/services');
const globalSetup = require('./global-setup');
const globalTeardown = require('./global-teardown');

const VARS = ['SANKOFA_TEST_POSTGRES_URL', 'SANKOFA_TEST_REDIS_URL', 'SANKOFA_TEST_NAMESPACE', 'SANKOFA_TEST_TMP'];
const saved = { TEST_DATABASE_URL: process.env.TEST_DATABASE_URL, TEST_REDIS_URL: process.env.TEST_REDIS_URL };
let postgres;
let redis;

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPostgresCluster(), startRedisServer()]);
});

afterAll(async () => {
  Object.assign(process.env, saved);
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
  await Promise.all([postgres?.stop(), redis?.stop()]);
});

async function databaseNames() {
  const client = new Client({ connectionString: postgres.url });
  await client.connect();
  try {
    return (await client.query("SELECT datname FROM pg_database WHERE datname LIKE 'sankofa_test_%'")).rows.map((r) => r.datname);
  } finally {
    await client.end();
  }
}

it('gives a run its own database, namespace and temp folder on the configured servers, and removes them', async () => {
  process.env.TEST_DATABASE_URL = postgres.url;
  process.env.TEST_REDIS_URL = redis.url;
  await globalSetup();
  const env = Object.fromEntries(VARS.map((v) => [v, process.env[v]]));
  expect(env.SANKOFA_TEST_POSTGRES_URL).toMatch(new RegExp(`^postgres://postgres@127\\.0\\.0\\.1:${postgres.port}/sankofa_test_[0-9a-f]+$`));
  expect(env.SANKOFA_TEST_REDIS_URL).toBe(redis.url);
  expect(env.SANKOFA_TEST_NAMESPACE).toMatch(/^test-[0-9a-f]+$/);
  expect(fs.statSync(env.SANKOFA_TEST_TMP).isDirectory()).toBe(true);
  expect(await postgresAnswers(env.SANKOFA_TEST_POSTGRES_URL)).toEqual({ ok: true, error: null });

  // What a test run leaves behind.
  const client = new Redis(redis.url);
  await client.set(`sankofa:${env.SANKOFA_TEST_NAMESPACE}:grading:meta`, '1');
  await client.set('kept', '1');
  fs.writeFileSync(`${env.SANKOFA_TEST_TMP}/sankofa.sqlite`, '');

  await globalTeardown();
  expect(await client.keys('*')).toEqual(['kept']);
  await client.flushall();
  await client.quit();
  expect(await databaseNames()).toEqual([]);
  expect(fs.existsSync(env.SANKOFA_TEST_TMP)).toBe(false);
  for (const v of VARS) expect(process.env[v]).toBeUndefined();
  // Reused servers keep running.
  expect(await postgresAnswers(postgres.url)).toEqual({ ok: true, error: null });
});

it('starts throwaway servers when none answers, and stops them in teardown', async () => {
  const dead = await freePort();
  process.env.TEST_DATABASE_URL = `postgres://postgres@127.0.0.1:${dead}/postgres`;
  process.env.TEST_REDIS_URL = `redis://127.0.0.1:${dead}`;
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    await globalSetup();
  } finally {
    stderr.mockRestore();
  }
  const databaseUrl = process.env.SANKOFA_TEST_POSTGRES_URL;
  expect(databaseUrl).not.toContain(`:${dead}/`);
  expect(await postgresAnswers(databaseUrl)).toEqual({ ok: true, error: null });
  await globalTeardown();
  expect((await postgresAnswers(databaseUrl)).ok).toBe(false);
});

it('teardown without a setup does nothing', async () => {
  await expect(globalTeardown()).resolves.toBeUndefined();
});
