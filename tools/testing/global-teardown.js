// Jest global teardown of the integration preset: removes this run's Redis keys, database and
// temp folder, then stops the servers that global-setup.js started (never reused ones).
'use strict';

const STATE = '__SANKOFA_TEST_RUN__';

module.exports = async function globalTeardown() {
  const run = globalThis[STATE];
  if (!run) return;
  delete globalThis[STATE];
  const errors = await run.cleanRun();
  run.release();
  await run.servers.stop().catch((err) => errors.push(err));
  for (const name of ['SANKOFA_TEST_POSTGRES_URL', 'SANKOFA_TEST_REDIS_URL', 'SANKOFA_TEST_NAMESPACE', 'SANKOFA_TEST_TMP']) {
    delete process.env[name];
  }
  if (errors.length) {
    throw new Error(`test cleanup failed: ${errors.map((e) => e.message).join('; ')}`);
  }
};
