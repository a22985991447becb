// The servers and the per-run isolation that integration and end-to-end tests use: a
// PostgreSQL and a Redis (the ones named by TEST_DATABASE_URL / TEST_REDIS_URL when they answer,
// otherwise throwaway ones started here), a fresh database per run, a fresh Redis namespace per
// run, and a temp folder. Tests never touch a developer's data.
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { closeRedisClient, postgresAnswers, redactUrl, redisAnswers, startPostgresCluster, startRedisServer } = require('./services');

function ignoreLine() {
  // Default log: quiet.
}

/**
 * A PostgreSQL server for tests: `{ url, started, stop() }`, reusing TEST_DATABASE_URL when it
 * answers. `stop()` stops the server only when it was started here.
 * @param {{ env?: NodeJS.ProcessEnv, log?: (line: string) => void }} [options]
 */
async function provideTestPostgres({ env = process.env, log = ignoreLine } = {}) {
  const configured = env.TEST_DATABASE_URL || null;
  if (configured) {
    const probe = await postgresAnswers(configured);
    if (probe.ok) return { url: configured, started: false, stop: async () => undefined };
    log(`TEST_DATABASE_URL (${redactUrl(configured)}) does not answer (${probe.error}); starting a throwaway PostgreSQL instead`);
  }
  const cluster = await startPostgresCluster();
  log(`started a throwaway PostgreSQL at ${cluster.url}`);
  return { url: cluster.url, started: true, stop: cluster.stop };
}

/**
 * A Redis server for tests: `{ url, started, stop() }`, reusing TEST_REDIS_URL when it answers
 * and does not evict keys. `stop()` stops the server only when it was started here.
 * @param {{ env?: NodeJS.ProcessEnv, log?: (line: string) => void }} [options]
 */
async function provideTestRedis({ env = process.env, log = ignoreLine } = {}) {
  const configured = env.TEST_REDIS_URL || null;
  if (configured) {
    const probe = await redisAnswers(configured);
    if (!probe.ok) {
      log(`TEST_REDIS_URL (${redactUrl(configured)}) does not answer (${probe.error}); starting a throwaway Redis instead`);
    } else if (probe.policy && probe.policy !== 'noeviction') {
      // Sankofa refuses a Redis that may evict keys; tests must see the same Redis as production.
      log(`TEST_REDIS_URL (${redactUrl(configured)}) uses maxmemory-policy ${probe.policy}, not noeviction; starting a throwaway Redis instead`);
    } else {
      return { url: configured, started: false, stop: async () => undefined };
    }
  }
  const redis = await startRedisServer();
  log(`started a throwaway Redis at ${redis.url}`);
  return { url: redis.url, started: true, stop: redis.stop };
}

/**
 * A PostgreSQL server and a Redis server for tests: `{ postgresUrl, redisUrl, startedPostgres,
 * startedRedis, stop() }`. `stop()` stops only what was started here. `log` receives one line
 * per decision worth knowing (a configured server that does not answer, a server started).
 * @param {{ env?: NodeJS.ProcessEnv, log?: (line: string) => void }} [options]
 */
async function provideTestServers({ env = process.env, log = ignoreLine } = {}) {
  const postgres = await provideTestPostgres({ env, log });
  let redis;
  try {
    redis = await provideTestRedis({ env, log });
  } catch (err) {
    await postgres.stop().catch(() => undefined);
    throw err;
  }
  const stop = async () => {
    const results = await Promise.allSettled([redis.stop(), postgres.stop()]);
    const failure = results.find((r) => r.status === 'rejected');
    if (failure) throw failure.reason;
  };
  return { postgresUrl: postgres.url, redisUrl: redis.url, startedPostgres: postgres.started, startedRedis: redis.started, stop };
}

function randomSuffix() {
  return crypto.randomBytes(6).toString('hex');
}

/** A fresh Redis namespace for one test run: lower-case, valid as SANKOFA_NAMESPACE. */
function newTestNamespace() {
  return `test-${randomSuffix()}`;
}

function databaseUrl(serverUrl, database) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withPostgres(serverUrl, fn) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates an empty database `sankofa_test_<random>` on the server: `{ name, url }`. */
async function createTestDatabase(serverUrl) {
  const name = `sankofa_test_${randomSuffix()}`;
  await withPostgres(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  return { name, url: databaseUrl(serverUrl, name) };
}

/** Drops a database made by createTestDatabase, ending the connections tests left open. */
async function dropTestDatabase(serverUrl, name) {
  if (!/^sankofa_test_[0-9a-f]+$/.test(name)) throw new Error(`refusing to drop ${name}: not a test database`);
  await withPostgres(serverUrl, async (client) => {
    await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
    await client.query(`DROP DATABASE IF EXISTS "${name}"`);
  });
}

/**
 * Deletes every Redis key of a test namespace (BullMQ's `sankofa:<ns>:…` keys and any other key
 * naming it). The namespace holds a random part, so no other run's key can match.
 */
async function deleteNamespaceKeys(redisUrl, namespace) {
  if (!/^test-[0-9a-f]+$/.test(namespace)) throw new Error(`refusing to delete keys of ${namespace}: not a test namespace`);
  const { Redis } = require('ioredis');
  const client = new Redis(redisUrl, { maxRetriesPerRequest: 1, retryStrategy: () => null });
  client.on('error', () => undefined);
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `*${namespace}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) deleted += await client.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    await closeRedisClient(client);
  }
  return deleted;
}

/** A fresh temp folder for one test run. */
function makeTestTmpDir(prefix = 'sankofa-test-') {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

module.exports = {
  provideTestPostgres,
  provideTestRedis,
  provideTestServers,
  newTestNamespace,
  createTestDatabase,
  dropTestDatabase,
  deleteNamespaceKeys,
  makeTestTmpDir,
};
