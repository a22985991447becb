// Decides whether a build output is older than its sources. A successful build leaves a stamp
// whose time is the moment the build *started*, so a file saved during a build still counts as
// newer and triggers the next one.
const fs = require('node:fs');
const path = require('node:path');

const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'dev-dist', 'coverage', '.nx', '.vite', '.git']);
// Tests never reach a build output.
const TEST_FILE = /\.(spec|int-spec|test)\.[cm]?[jt]sx?$/;

/** Newest file under `paths` (files or folders), skipping dependencies, outputs and tests. */
function newestSource(paths) {
  let newest = null;
  const visit = (p) => {
    let stat;
    try {
      stat = fs.statSync(p);
    } catch (err) {
      if (err.code === 'ENOENT') return;
      throw err;
    }
    if (stat.isDirectory()) {
      if (SKIPPED_DIRS.has(path.basename(p))) return;
      for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
    } else if (!TEST_FILE.test(p) && (!newest || stat.mtimeMs > newest.mtimeMs)) {
      newest = { file: p, mtimeMs: stat.mtimeMs };
    }
  };
  for (const p of paths) visit(p);
  return newest;
}

/**
 * `{ stale: false }` when every output exists and the stamp is newer than every source;
 * otherwise `{ stale: true, reason }` with a short reason for the progress line.
 */
function checkFreshness({ root, stampFile, outputs, sources }) {
  const missing = [stampFile, ...outputs].find((f) => !fs.existsSync(f));
  if (missing) return { stale: true, reason: 'not built yet' };
  const builtAt = fs.statSync(stampFile).mtimeMs;
  const newest = newestSource(sources);
  if (newest && newest.mtimeMs > builtAt) {
    return { stale: true, reason: `${path.relative(root, newest.file)} changed` };
  }
  return { stale: false };
}

/** Records a successful build that started at `startedAt` (ms since the epoch). */
function writeStamp(stampFile, startedAt) {
  fs.mkdirSync(path.dirname(stampFile), { recursive: true });
  fs.writeFileSync(stampFile, `${new Date(startedAt).toISOString()}\n`);
  const t = new Date(startedAt);
  fs.utimesSync(stampFile, t, t);
}

module.exports = { newestSource, checkFreshness, writeStamp };
