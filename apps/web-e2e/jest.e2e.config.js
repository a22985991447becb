// The end-to-end test: the global setup builds and starts the real stack (API, grader, web app
// served by the API) and the tests drive Debian's Chromium through playwright-core.
const path = require('node:path');
const preset = require('../../tools/testing/jest-preset');

module.exports = {
  ...preset.unit(__dirname),
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  globalSetup: path.join(__dirname, '../../tools/lib/e2e-global-setup.js'),
  globalTeardown: path.join(__dirname, '../../tools/lib/e2e-global-teardown.js'),
  // One stack and one browser: the test files run one after another.
  maxWorkers: 1,
  testTimeout: 120000,
};
