// The compiled Sankofa stack, run as production runs it, for end-to-end tests: the API process
// (serving the built web app) and the grader process, on a free port, with a fresh data folder
// (embedded SQLite) and a fresh Redis namespace. Every process started here is stopped again,
// also when the caller is interrupted.
'use strict';

const { spawn, execFile } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { outputTail, superviseChild, isRunning } = require('./child-processes');
const { freePort } = require('./services');
const { deleteNamespaceKeys, newTestNamespace } = require('./test-services');

const root = path.resolve(__dirname, '../..');
const REGISTER_PATHS = path.join(root, 'tools/build/register-paths.js');
const API_MAIN = path.join(root, 'dist/server/apps/api/src/main.js');
const API_CLI = path.join(root, 'dist/server/apps/api/src/cli.js');
const GRADER_MAIN = path.join(root, 'dist/server/apps/grader/src/main.js');
const WEB_DIST = path.join(root, 'dist/web');

// What the server processes inherit from ours: the basics of a shell, nothing Sankofa-specific
// (a developer's DATABASE_URL or JWT_SECRET must not leak into a test stack).
const INHERITED = ['PATH', 'HOME', 'USER', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR', 'SYSTEMROOT'];

/**
 * Runs a command to completion; rejects with its last output lines when it fails.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, input?: string, timeoutMs?: number }} [options]
 * @returns {Promise<{ stdout: string, stderr: string }>}
 */
function run(command, args, { cwd = root, env = process.env, input, timeoutMs = 600000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = execFile(command, args, { cwd, env, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) {
        const output = `${stdout}${stderr}`.trim().split('\n').slice(-30).join('\n');
        const shown = [command === process.execPath ? 'node' : path.relative(root, command), ...args.map((a) => (a.startsWith(root) ? path.relative(root, a) : a))];
        reject(new Error(`\`${shown.join(' ')}\` failed (${err.code ?? err.signal}):\n${output}`));
      } else {
        resolve({ stdout, stderr });
      }
    });
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}

/** Builds the server (dist/server) and the web app (dist/web) from the current sources. */
async function buildSankofa({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  let started = Date.now();
  await run(process.execPath, [path.join(root, 'tools/build/server.js')]);
  log(`built the server in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  started = Date.now();
  const nx = require.resolve('nx/bin/nx.js', { paths: [root] });
  await run(process.execPath, [nx, 'run', 'web:build', '--outputStyle=static'], {
    env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true' },
  });
  log(`built the web app in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

function missingBuildOutputs({ web = true } = {}) {
  return [API_MAIN, API_CLI, GRADER_MAIN, ...(web ? [path.join(WEB_DIST, 'index.html')] : [])].filter((f) => !fs.existsSync(f)).map((f) => path.relative(root, f));
}

/** GET `url` on loopback; resolves with the status code, or null when nothing answers. */
async function httpStatus(url, timeoutMs = 2000) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return null;
  }
}

/**
 * Starts the built stack and resolves when `/ready` answers 200:
 * `{ baseUrl, port, dataDir, namespace, logDir, env, cli(args, options), graders, startGrader(), stop() }`.
 * `redisUrl` is required; `logDir` receives api.log and grader-<n>.log. `graders` grader
 * processes are started (1 when absent); `web: false` runs without the built web app.
 * @param {{ redisUrl: string, logDir: string, readyTimeoutMs?: number, extraEnv?: Record<string, string>, graders?: number, web?: boolean }} options
 */
async function startSankofaStack({ redisUrl, logDir, readyTimeoutMs = 90000, extraEnv = {}, graders: graderCount = 1, web = true }) {
  const missing = missingBuildOutputs({ web });
  if (missing.length) throw new Error(`the stack is not built (missing ${missing.join(', ')}): run buildSankofa() first`);

  fs.mkdirSync(logDir, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sankofa-e2e-data-'));
  const namespace = newTestNamespace();
  const port = await freePort();
  const env = {
    ...Object.fromEntries(INHERITED.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]])),
    NODE_ENV: 'test',
    PORT: String(port),
    SANKOFA_DATA_DIR: dataDir,
    REDIS_URL: redisUrl,
    SANKOFA_NAMESPACE: namespace,
    // Cheaper password hashing: the test signs in several times; production keeps 17.
    SCRYPT_LOG_N: '12',
    // Plain logs: they go to files.
    NO_COLOR: '1',
    WEB_DIST_DIR: WEB_DIST,
    ...extraEnv,
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const processes = [];
  const graders = [];
  let gradersStarted = 0;
  /** Starts one more grader process (`grader-<n>`), e.g. to replace one a test killed. */
  const startGrader = () => {
    gradersStarted += 1;
    // Grader processes on one host need sandbox uid ranges of their own.
    const graderEnv = { ...env, SANDBOX_FIRST_UID: String(Number(extraEnv.SANDBOX_FIRST_UID ?? 60001) + 64 * (gradersStarted - 1)) };
    const grader = startServerProcess(`grader-${gradersStarted}`, GRADER_MAIN, { env: graderEnv, logDir });
    processes.push(grader);
    graders.push(grader);
    return grader;
  };

  /** @type {(args: string[], options?: { env?: Record<string, string>, input?: string }) => Promise<{ stdout: string, stderr: string }>} */
  const cli = (args, { env: moreEnv = {}, input } = {}) =>
    run(process.execPath, ['-r', REGISTER_PATHS, API_CLI, ...args], { env: { ...env, ...moreEnv }, input, timeoutMs: 120000 });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    // API first: it stops taking requests before the grader it hands work to.
    for (const p of [...processes].reverse()) if (isRunning(p.child)) await p.stop();
    const errors = [];
    await deleteNamespaceKeys(redisUrl, namespace).catch((err) => errors.push(err));
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (errors.length) throw errors[0];
  };

  try {
    await cli(['migrate']);
    for (let i = 0; i < graderCount; i++) startGrader();
    processes.push(startServerProcess('api', API_MAIN, { env, logDir }));
    await waitForReady(`${baseUrl}/ready`, processes, readyTimeoutMs);
  } catch (err) {
    await stop().catch(() => undefined);
    throw err;
  }
  return { baseUrl, port, dataDir, namespace, logDir, env, cli, graders, startGrader, stop };
}

function startServerProcess(name, main, { env, logDir }) {
  const logFile = path.join(logDir, `${name}.log`);
  const logStream = fs.createWriteStream(logFile);
  const child = spawn(process.execPath, ['-r', REGISTER_PATHS, main], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail = outputTail();
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      tail.append(chunk);
      logStream.write(chunk);
    });
  }
  const stopChild = superviseChild(child, { stopSignal: 'SIGTERM', timeoutMs: 15000 });
  return {
    name,
    child,
    logFile,
    tail,
    async stop() {
      await stopChild();
      await new Promise((resolve) => logStream.end(resolve));
    },
  };
}

async function waitForReady(url, processes, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let lastStatus = null;
  while (Date.now() < deadline) {
    const dead = processes.find((p) => !isRunning(p.child));
    if (dead) {
      throw new Error(`the ${dead.name} process exited (${dead.child.exitCode ?? dead.child.signalCode}) before the stack was ready; last output (${path.relative(root, dead.logFile)}):\n${dead.tail.lines(30)}`);
    }
    lastStatus = await httpStatus(url);
    if (lastStatus === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const tails = processes.map((p) => `--- ${p.name} (${path.relative(root, p.logFile)}):\n${p.tail.lines(15)}`).join('\n');
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000}s (last: ${lastStatus ?? 'no answer'})\n${tails}`);
}

module.exports = { buildSankofa, startSankofaStack, httpStatus };
