// `npm start`: checks the machine, builds what changed, prepares the data folder, chooses Redis,
// runs the API and the grader until Ctrl-C, and stops everything it started.
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { performance } = require('node:perf_hooks');
const { superviseChild } = require('../../lib/child-processes');
const { StartError } = require('./errors');
const { USAGE, parseOptions, resolveRun, childEnvironment } = require('./options');
const { checkRuntime, checkPythonSandbox, findExecutable } = require('./prerequisites');
const { buildTargets, ensureBuilt } = require('./build');
const { chooseRedis, watchRedis } = require('./redis');
const { ProcessGroup, createLinePrefixer, describeExit } = require('./processes');
const { waitForReady, assertPortFree } = require('./readiness');

const ROOT = path.resolve(__dirname, '../../..');
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * `[node, args]` running a compiled server entry point of the checkout at `root`, with the
 * `@sankofa/*` aliases resolved.
 * @param {string} root @param {string} app @param {string} file @param {string[]} [args]
 * @returns {[string, string[]]}
 */
function serverCommand(root, app, file, args = []) {
  return [process.execPath, ['-r', path.join(root, 'tools/build/register-paths.js'), path.join(root, 'dist/server/apps', app, 'src', file), ...args]];
}

/** Runs one API CLI command to completion, its output prefixed with `label |`. */
function runCli(root, label, command, env) {
  const [node, args] = serverCommand(root, 'api', 'cli.js', [command]);
  return new Promise((resolve, reject) => {
    const child = spawn(node, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stop = superviseChild(child, { stopSignal: 'SIGTERM' });
    const out = createLinePrefixer(`${label} | `, (s) => process.stdout.write(s));
    const err = createLinePrefixer(`${label} | `, (s) => process.stderr.write(s));
    child.stdout.setEncoding('utf8').on('data', (c) => out.push(c));
    child.stderr.setEncoding('utf8').on('data', (c) => err.push(c));
    child.on('error', (error) => stop().then(() => reject(error)));
    child.on('close', (code, signal) => {
      out.flush();
      err.flush();
      stop().then(() => {
        if (code === 0) resolve();
        else reject(new StartError(`\`${command}\` ${describeExit({ code, signal })}; its output is above.`));
      });
    });
  });
}

function describeRedis(redis, services) {
  if (redis.source === 'env') return `Redis: ${services.redactUrl(redis.url)} (REDIS_URL)`;
  if (redis.source === 'local') return `Redis: ${redis.url} (already running, maxmemory-policy noeviction)`;
  return `Redis: started redis-server on port ${redis.port} (stopped with Sankofa)`;
}

class Cancelled extends Error {}

/**
 * Runs Sankofa until a signal (resolves 0 once everything is stopped) or a failure (stops
 * everything, then rejects; a StartError's message is the one line to show). `root` is the
 * checkout to build and run (tests point it at a fake one).
 */
async function main(argv, { env = process.env, cwd = process.cwd(), root = ROOT, log = (line) => process.stdout.write(`${line}\n`) } = {}) {
  const options = parseOptions(argv);
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }

  const group = new ProcessGroup();
  let redis;
  let redisWatch;

  // Shutdown can be asked for at any moment, also while building or migrating.
  let requestShutdown;
  const cancelled = new Promise((resolve) => (requestShutdown = resolve)).then((signal) => {
    throw new Cancelled(signal);
  });
  cancelled.catch(() => undefined);
  const onSignal = (signal) => {
    // From now on a process that ends was asked to.
    group.stopping = true;
    requestShutdown(signal);
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.on(s, onSignal);
  const unlessCancelled = (promise) => Promise.race([promise, cancelled]);

  const stopEverything = async () => {
    redisWatch?.cancel();
    // The API and the grader first: they close their Redis connections on the way out.
    await group.stopAll();
    if (redis?.stop) await redis.stop();
  };

  try {
    checkRuntime({ root });
    const run = resolveRun({ options, env, cwd });
    await assertPortFree(run.port);
    const pythonWarning = checkPythonSandbox({ env });

    const services = require('../../lib/services');
    redis = await unlessCancelled(chooseRedis({ redisUrl: run.redisUrl, dataDir: run.dataDir, services, findExec: (n) => findExecutable(n, env) }));
    if (redis.note) log(redis.note);
    log(describeRedis(redis, services));

    const buildStarted = performance.now();
    const targets = buildTargets(root);
    await unlessCancelled(
      Promise.all([
        ensureBuilt(targets.server, { root, env, force: options.rebuild, log }),
        ensureBuilt(targets.web, { root, env, force: options.rebuild, log }),
      ]),
    );
    const buildMs = performance.now() - buildStarted;

    const warning = await pythonWarning;
    if (warning) log(warning);

    const databaseStarted = performance.now();
    fs.mkdirSync(run.dataDir, { recursive: true });
    const serverEnv = childEnvironment(env, run, redis.url, { colors: Boolean(process.stdout.isTTY) });
    log(`Database: ${run.database === 'postgres' ? `PostgreSQL at ${services.redactUrl(run.databaseUrl)} (DATABASE_URL)` : `SQLite in ${run.dataDir}`}`);
    await unlessCancelled(runCli(root, 'migrate', 'migrate', serverEnv));
    if (run.seedDemo) {
      await unlessCancelled(runCli(root, 'seed', 'seed-demo', serverEnv));
      // First start: publish the curricula shipped in curricula/ (skipped once courses exist).
      await unlessCancelled(runCli(root, 'seed', 'seed-curricula', serverEnv));
    }
    const databaseMs = performance.now() - databaseStarted;

    const serversStarted = performance.now();
    group.start('api', ...serverCommand(root, 'api', 'main.js'), { cwd: root, env: serverEnv });
    group.start('grader', ...serverCommand(root, 'grader', 'main.js'), { cwd: root, env: serverEnv });
    const processDied = group.unexpectedExit.then((exit) => {
      throw new StartError(`The ${exit.name} process ${exit.error ? `could not start (${exit.error.message})` : describeExit(exit)}; everything else was stopped.`);
    });
    processDied.catch(() => undefined);
    let died = processDied;
    if (redis.source === 'started') {
      redisWatch = watchRedis(redis.url, { services });
      const redisDied = redisWatch.gone.then((reason) => {
        throw new StartError(`The redis-server started for this run stopped answering (${reason}); everything else was stopped.`);
      });
      redisDied.catch(() => undefined);
      died = Promise.race([processDied, redisDied]);
    }

    const base = `http://localhost:${run.port}`;
    const ready = await Promise.race([waitForReady(`http://127.0.0.1:${run.port}/ready`, { abort: group.unexpectedExit }), died, cancelled]);
    if (!ready) await died;
    const readyAt = performance.now();

    log('');
    log(`Sankofa is running at ${base}/ (GraphQL: ${base}/graphql)`);
    log(
      `First answer ${seconds(readyAt)} after launch (builds ${seconds(buildMs)}, database ${seconds(databaseMs)}, ` +
        `API and grader ${seconds(readyAt - serversStarted)}). Press Ctrl-C to stop.`,
    );
    log('');

    await Promise.race([died, cancelled]);
    return 0;
  } catch (err) {
    if (err instanceof Cancelled) {
      log(`Stopping (${err.message})…`);
      await stopEverything();
      log('Stopped.');
      return 0;
    }
    await stopEverything();
    throw err;
  } finally {
    for (const s of signals) process.removeListener(s, onSignal);
  }
}

module.exports = { main, serverCommand };
