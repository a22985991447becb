// Debian's Chromium, driven by playwright-core in end-to-end tests (Playwright's own browser
// download cannot work here).
'use strict';

const fs = require('node:fs');
const { ServiceSetupError } = require('./services');

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

// Headless, and quiet on a machine without internet: without the background-networking flags
// Chromium keeps trying to reach Google's services.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

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

module.exports = { CHROMIUM_ARGS, chromiumPath };
