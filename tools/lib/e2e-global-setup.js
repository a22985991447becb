// Jest global setup of the end-to-end tests (apps/web-e2e): builds the server and the web app,
// starts the real API and grader processes on a Redis from the test services (TEST_REDIS_URL
// when it answers, otherwise a throwaway redis-server), creates an admin with the CLI,
// publishes the shipped curricula (`cli seed-curricula`), and hands the test files what they
// need through the environment:
//   SANKOFA_E2E_BASE_URL        where the API serves the web app
//   SANKOFA_E2E_ADMIN_EMAIL     an admin created with `cli create-admin`
//   SANKOFA_E2E_ADMIN_PASSWORD
//   SANKOFA_E2E_ARTIFACTS       tmp/e2e: screenshots of failures, the servers' logs
//   SANKOFA_E2E_CHROMIUM        the browser executable
// Set SANKOFA_E2E_SKIP_BUILD=1 to reuse dist/ from a previous run.
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { chromiumPath } = require('./chromium');
const { buildSankofa, startSankofaStack } = require('./sankofa-stack');
const { provideTestRedis } = require('./test-services');

const STATE = '__SANKOFA_E2E_RUN__';
const root = path.resolve(__dirname, '../..');

module.exports = async function e2eGlobalSetup() {
  const log = (line) => process.stderr.write(`[e2e] ${line}\n`);
  const browser = chromiumPath();
  const artifacts = path.join(root, 'tmp/e2e');
  fs.rmSync(artifacts, { recursive: true, force: true });
  fs.mkdirSync(artifacts, { recursive: true });

  if (process.env.SANKOFA_E2E_SKIP_BUILD === '1') log('SANKOFA_E2E_SKIP_BUILD=1: using the existing dist/');
  else await buildSankofa({ log });

  const redis = await provideTestRedis({ log });
  let stack;
  try {
    const started = Date.now();
    stack = await startSankofaStack({ redisUrl: redis.url, logDir: artifacts });
    log(`stack ready at ${stack.baseUrl} in ${((Date.now() - started) / 1000).toFixed(1)}s (logs in ${path.relative(root, artifacts)}/)`);

    const admin = { email: `admin-${crypto.randomBytes(4).toString('hex')}@e2e.sankofa.test`, name: 'Ama Admin', password: crypto.randomBytes(12).toString('base64url') };
    await stack.cli(['create-admin', '--email', admin.email, '--name', admin.name], { env: { SANKOFA_ADMIN_PASSWORD: admin.password } });
    // The learner journey reads the shipped courses, published on this fresh database.
    await stack.cli(['seed-curricula', path.join(root, 'curricula')]);

    process.env.SANKOFA_E2E_BASE_URL = stack.baseUrl;
    process.env.SANKOFA_E2E_ADMIN_EMAIL = admin.email;
    process.env.SANKOFA_E2E_ADMIN_PASSWORD = admin.password;
    process.env.SANKOFA_E2E_ARTIFACTS = artifacts;
    process.env.SANKOFA_E2E_CHROMIUM = browser;
  } catch (err) {
    await stack?.stop().catch(() => undefined);
    await redis.stop().catch(() => undefined);
    throw err;
  }
  globalThis[STATE] = { stack, redis };
};
