// The servers and the per-run isolation that integration and end-to-end tests use: a
// PostgreSQL and a Redis (the ones named by TEST_DATABASE_URL / TEST_REDIS_URL when they answer,
// otherwise throwaway ones started here), a fresh database per run, a fresh Redis namespace per
// run, and a temp folder. Tests never touch a developer's data.
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { postgresAnswers, redactUrl, redisAnswers, startPostgresCluster, startRedisServer } = require('./services');

function ignoreLine() {
  // Default log: quiet.
}

/**
 * A PostgreSQL server and a Redis server for tests: `{ postgresUrl, redisUrl, startedPostgres,
 * startedRedis, stop() }`. `stop()` stops only what was started here. `log` receives one line
 * per decision worth knowing (a configured server that does not answer, a server started).
 * @param {{ env?: NodeJS.ProcessEnv, log?: (line: string) => void }} [options]
 */
async function provideTestServers({ env = process.env, log = ignoreLine } = {}) {
  const started = [];
  const stop = async () => {
    const errors = [];
    for (const server of started.reverse()) {
      await server.stop().catch((err) => errors.push(err));
    }
    started.length = 0;
    if (errors.length) throw errors[0];
  };
  try {
    let postgresUrl = env.TEST_DATABASE_URL || null;
    if (postgresUrl) {
      const probe = await postgresAnswers(postgresUrl);
      if (!probe.ok) {
        log(`TEST_DATABASE_URL (${redactUrl(postgresUrl)}) does not answer (${probe.error}); starting a throwaway PostgreSQL instead`);
        postgresUrl = null;
      }
    }
    const startedPostgres = !postgresUrl;
    if (!postgresUrl) {
      const cluster = await startPostgresCluster();
      started.push(cluster);
      postgresUrl = cluster.url;
      log(`started a throwaway PostgreSQL at ${postgresUrl}`);
    }

    let redisUrl = env.TEST_REDIS_URL || null;
    if (redisUrl) {
      const probe = await redisAnswers(redisUrl);
      if (!probe.ok) {
        log(`TEST_REDIS_URL (${redactUrl(redisUrl)}) does not answer (${probe.error}); starting a throwaway Redis instead`);
        redisUrl = null;
      } else if (probe.policy && probe.policy !== 'noeviction') {
        // Sankofa refuses a Redis that may evict keys; tests must see the same Redis as production.
        log(`TEST_REDIS_URL (${redactUrl(redisUrl)}) uses maxmemory-policy ${probe.policy}, not noeviction; starting a throwaway Redis instead`);
        redisUrl = null;
      }
    }
    const startedRedis = !redisUrl;
    if (!redisUrl) {
      const redis = await startRedisServer();
      started.push(redis);
      redisUrl = redis.url;
      log(`started a throwaway Redis at ${redisUrl}`);
    }
    return { postgresUrl, redisUrl, startedPostgres, startedRedis, stop };
  } catch (err) {
    await stop().catch(() => undefined);
    throw err;
  }
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
    client.disconnect();
  }
  return deleted;
}

/** A fresh temp folder for one test run. */
function makeTestTmpDir(prefix = 'sankofa-test-') {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

module.exports = {
  provideTestServers,
  newTestNamespace,
  createTestDatabase,
  dropTestDatabase,
  deleteNamespaceKeys,
  makeTestTmpDir,
};
