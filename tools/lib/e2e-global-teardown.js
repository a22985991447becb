// Jest global teardown of the end-to-end tests: stops the API and grader processes, removes
// their data folder and Redis keys, and stops a Redis started for the run.
'use strict';

const STATE = '__SANKOFA_E2E_RUN__';

module.exports = async function e2eGlobalTeardown() {
  const run = globalThis[STATE];
  if (!run) return;
  delete globalThis[STATE];
  const errors = [];
  await run.stack.stop().catch((err) => errors.push(err));
  await run.redis.stop().catch((err) => errors.push(err));
  if (errors.length) throw new Error(`end-to-end cleanup failed: ${errors.map((e) => e.message).join('; ')}`);
};
