// The benchmark reads curricula and runs the sandbox with the server's own built code
// (dist/server), so it measures what runs in production; the `@sankofa/*` aliases inside it are
// resolved as the server processes resolve them.
'use strict';

const path = require('node:path');

const ROOT = path.resolve(__dirname, '../../..');

/**
 * A module of the built server, by its path under dist/server without the extension:
 * `requireBuilt('libs/curriculum/src/index')`.
 * @param {string} modulePath
 */
function requireBuilt(modulePath) {
  require(path.join(ROOT, 'tools/build/register-paths'));
  return require(path.join(ROOT, 'dist/server', modulePath));
}

module.exports = { requireBuilt };
