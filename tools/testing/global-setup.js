// Jest global setup of the integration preset. Provides a PostgreSQL and a Redis (reusing
// TEST_DATABASE_URL / TEST_REDIS_URL when they answer, otherwise starting throwaway servers),
// then isolates this run: a fresh database, a fresh Redis namespace and a temp folder, all
// removed by global-teardown.js. Test files read them from the environment:
//   SANKOFA_TEST_POSTGRES_URL  the fresh database (postgres://…)
//   SANKOFA_TEST_REDIS_URL     the Redis server
//   SANKOFA_TEST_NAMESPACE     the Redis namespace (`test-<random>`, valid as SANKOFA_NAMESPACE)
//   SANKOFA_TEST_TMP           a temp folder (SQLite files go here)
'use strict';

const fs = require('node:fs');
const { registerCleanup } = require('../lib/cleanup');
const {
  provideTestServers,
  createTestDatabase,
  dropTestDatabase,
  deleteNamespaceKeys,
  newTestNamespace,
  makeTestTmpDir,
} = require('../lib/test-services');

const STATE = '__SANKOFA_TEST_RUN__';

module.exports = async function globalSetup() {
  const log = (line) => process.stderr.write(`[test services] ${line}\n`);
  const servers = await provideTestServers({ log });
  let database;
  let tmp;
  try {
    database = await createTestDatabase(servers.postgresUrl);
    tmp = makeTestTmpDir();
  } catch (err) {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    await servers.stop().catch(() => undefined);
    throw err;
  }
  const namespace = newTestNamespace();

  // Removes what this run created; safe to call twice (teardown, then an interrupt).
  let cleaned = false;
  const cleanRun = async () => {
    if (cleaned) return [];
    cleaned = true;
    const errors = [];
    await deleteNamespaceKeys(servers.redisUrl, namespace).catch((err) => errors.push(err));
    await dropTestDatabase(servers.postgresUrl, database.name).catch((err) => errors.push(err));
    fs.rmSync(tmp, { recursive: true, force: true });
    return errors;
  };
  // If Jest is interrupted before teardown, still drop the database and the keys.
  const release = registerCleanup({
    stop: cleanRun,
    killNow: () => fs.rmSync(tmp, { recursive: true, force: true }),
  });

  process.env.SANKOFA_TEST_POSTGRES_URL = database.url;
  process.env.SANKOFA_TEST_REDIS_URL = servers.redisUrl;
  process.env.SANKOFA_TEST_NAMESPACE = namespace;
  process.env.SANKOFA_TEST_TMP = tmp;

  // Only global-teardown.js can read this (Jest runs both in its parent process).
  globalThis[STATE] = { servers, cleanRun, release };
};
