// Debian's Chromium, driven by playwright-core in end-to-end tests (Playwright's own browser
// download cannot work here).
'use strict';

const fs = require('node:fs');
const { ServiceSetupError } = require('./services');

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

// Launch flags live with the browser tests (apps/web-e2e/src/support/browser.ts).

/** The Chromium executable (CHROMIUM_PATH overrides); throws one line naming the fix if absent. */
function chromiumPath(env = process.env) {
  const executable = env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  try {
    fs.accessSync(executable, fs.constants.X_OK);
    return executable;
  } catch {
    throw new ServiceSetupError(`Chromium not found at ${executable}: run \`apt-get install -y chromium\``);
  }
}

module.exports = { chromiumPath };
