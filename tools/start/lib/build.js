// Builds the server (dist/server) and the web app (dist/web) when their sources changed since
// the last successful build. Build output is kept quiet unless the build fails.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { superviseChild } = require('../../lib/child-processes');
const { readAliases } = require('../../testing/paths');
const { checkFreshness, writeStamp } = require('./staleness');
const { StartError } = require('./errors');

/** Lib folders behind the `@sankofa/*` aliases, with their Nx tags. */
function aliasedLibs(root) {
  return Object.values(readAliases(root)).map(([entry]) => {
    const srcDir = path.join(root, path.dirname(entry));
    const projectDir = path.dirname(srcDir);
    let tags = [];
    try {
      tags = JSON.parse(fs.readFileSync(path.join(projectDir, 'project.json'), 'utf8')).tags ?? [];
    } catch (err) {
      if (err.code !== 'ENOENT') throw err;
    }
    return { srcDir, tags };
  });
}

function resolveBin(pkg, name) {
  const manifest = require.resolve(`${pkg}/package.json`, { paths: [path.join(__dirname, '../../..')] });
  const { bin } = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  return path.join(path.dirname(manifest), typeof bin === 'string' ? bin : bin[name]);
}

/** What each build reads and writes; the source lists mirror tools/build/server.js and Vite. */
function buildTargets(root) {
  const libs = aliasedLibs(root);
  const stamps = path.join(root, 'dist/.stamps');
  return {
    server: {
      label: 'the server',
      stampFile: path.join(stamps, 'server'),
      outputs: ['apps/api/src/main.js', 'apps/api/src/cli.js', 'apps/grader/src/main.js'].map((f) => path.join(root, 'dist/server', f)),
      sources: [
        path.join(root, 'apps/api/src'),
        path.join(root, 'apps/grader/src'),
        ...libs.map((l) => l.srcDir),
        path.join(root, 'tsconfig.base.json'),
        path.join(root, '.swcrc'),
        path.join(root, 'tools/build/server.js'),
      ],
      command: () => [process.execPath, [path.join(root, 'tools/build/server.js')]],
    },
    web: {
      label: 'the web app',
      stampFile: path.join(stamps, 'web'),
      outputs: [path.join(root, 'dist/web/index.html')],
      sources: [
        path.join(root, 'apps/web'),
        // The web app may only import shared (and web) libs; the lint boundary rule enforces it.
        ...libs.filter((l) => l.tags.includes('scope:shared') || l.tags.includes('scope:web')).map((l) => l.srcDir),
        path.join(root, 'tsconfig.base.json'),
        path.join(root, 'package-lock.json'),
      ],
      command: () => [process.execPath, [resolveBin('nx', 'nx'), 'run', 'web:build']],
    },
  };
}

/** Runs a command with its output captured; resolves with the exit code and the output. */
function runCaptured(command, args, { cwd, env }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    // A build cancelled with the run must not go on writing dist/ behind the user's back.
    const stop = superviseChild(child, { stopSignal: 'SIGTERM' });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => chunks.push(c));
    child.on('error', (err) => stop().then(() => reject(err)));
    child.on('close', (code, signal) =>
      stop().then(() => resolve({ code: code ?? 1, signal, output: Buffer.concat(chunks).toString('utf8') })),
    );
  });
}

/**
 * Builds `target` if stale (or if `force`). Prints one progress line (none for a fresh target
 * with `quietWhenFresh`); on failure prints the build's output and throws. Resolves with
 * `{ built, ms }`.
 */
async function ensureBuilt(target, { root, env, force = false, log, run = runCaptured, now = Date.now, quietWhenFresh = false }) {
  const freshness = force ? { stale: true, reason: '--rebuild' } : checkFreshness({ root, ...target });
  if (!freshness.stale) {
    if (!quietWhenFresh) log(`Building ${target.label}: up to date`);
    return { built: false, ms: 0 };
  }
  const startedAt = now();
  // A build that fails or is cancelled half-way leaves a half-written output: no stamp until done.
  fs.rmSync(target.stampFile, { force: true });
  log(`Building ${target.label} (${freshness.reason})…`);
  const [command, args] = target.command();
  const result = await run(command, args, { cwd: root, env: { ...env, NX_DAEMON: 'false', NX_TUI: 'false' } });
  const ms = now() - startedAt;
  if (result.code !== 0) {
    process.stderr.write(result.output.endsWith('\n') ? result.output : `${result.output}\n`);
    throw new StartError(`Building ${target.label} failed (${result.signal ?? `exit code ${result.code}`}); its output is above.`);
  }
  writeStamp(target.stampFile, startedAt);
  log(`Built ${target.label} in ${(ms / 1000).toFixed(1)} s`);
  return { built: true, ms };
}

module.exports = { buildTargets, ensureBuilt, runCaptured };
