// Redis and PostgreSQL for tests and local tools: probe a server that should already be there,
// or start a private throwaway one as a child of the calling process. Plain CommonJS, so every
// tool can require it without a build step.
'use strict';

const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { isRunning, superviseChild, outputTail, waitForExit } = require('./child-processes');

/**
 * A service that cannot be provided, with a one-line message that names the fix. Its stack is
 * the message alone, so runners that print stacks (Jest's global setup) still print one line.
 */
class ServiceSetupError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ServiceSetupError';
    this.stack = message;
  }
}

/**
 * A TCP port that was free on 127.0.0.1 a moment ago.
 * @returns {Promise<number>}
 */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(address.port));
    });
  });
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Closes a short-lived ioredis client without leaving a timer behind: QUIT when connected
 * (the server closes the socket), otherwise a disconnect that gives up on the socket quickly.
 * @param {import('ioredis').Redis} client
 */
async function closeRedisClient(client) {
  if (client.status === 'ready') {
    try {
      await withTimeout(client.quit(), 1000, 'Redis');
      return;
    } catch {
      // Fall back to disconnecting.
    }
  }
  client.disconnect();
}

/** Hides a URL's password, for messages. */
function redactUrl(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '<malformed URL>';
  }
}

/** Whether a command is on PATH (as `which` would find it). */
function onPath(command, env = process.env) {
  for (const dir of (env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // Not here.
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Redis

/**
 * Does a Redis answer at `url`? Returns `{ ok, policy, error }`: `policy` is its
 * maxmemory-policy (null when CONFIG is refused, as on some managed services).
 */
async function redisAnswers(url, { timeoutMs = 2000 } = {}) {
  const { Redis } = require('ioredis');
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    disconnectTimeout: 100,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  let connectionError = null;
  client.on('error', (err) => {
    // Reported through the returned value instead; it names the cause better than the
    // rejection ("Connection is closed.").
    connectionError = err;
  });
  try {
    await withTimeout(client.connect(), timeoutMs, 'Redis');
    await withTimeout(client.ping(), timeoutMs, 'Redis');
    let policy = null;
    try {
      const reply = await withTimeout(client.config('GET', 'maxmemory-policy'), timeoutMs, 'Redis');
      policy = reply?.[1] ?? null;
    } catch {
      // CONFIG may be disabled; the server still answers.
    }
    return { ok: true, policy, error: null };
  } catch (err) {
    return { ok: false, policy: null, error: (connectionError || err).message || String(err) };
  } finally {
    await closeRedisClient(client);
  }
}

/**
 * Starts a private `redis-server` as a child of this process (not daemonized, nothing saved to
 * disk, eviction off as Sankofa requires), waits until it answers, and returns
 * `{ url, port, stop() }`. Pass `port` to choose it; otherwise a free one is picked.
 * @param {{ dir?: string, port?: number, startTimeoutMs?: number }} [options]
 */
async function startRedisServer({ dir, port, startTimeoutMs = 10000 } = {}) {
  if (!onPath('redis-server')) {
    throw new ServiceSetupError('redis-server is not installed: run `apt-get install -y redis-server` (or set TEST_REDIS_URL to a Redis that answers)');
  }
  const workDir = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'sankofa-redis-'));
  fs.mkdirSync(workDir, { recursive: true });
  const ownsDir = dir === undefined;
  // Another process may take a free port between the probe and the bind: retry on a new one.
  const attempts = port === undefined ? 3 : 1;
  let lastError;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const chosenPort = port ?? (await freePort());
    try {
      return await launchRedis(workDir, chosenPort, startTimeoutMs, ownsDir);
    } catch (err) {
      lastError = err;
    }
  }
  if (ownsDir) fs.rmSync(workDir, { recursive: true, force: true });
  throw lastError;
}

async function launchRedis(dir, port, startTimeoutMs, ownsDir) {
  const args = [
    '--port', String(port),
    '--bind', '127.0.0.1',
    '--save', '',
    '--appendonly', 'no',
    '--dir', dir,
    '--maxmemory-policy', 'noeviction',
    '--daemonize', 'no',
    '--loglevel', 'warning',
  ];
  const child = spawn('redis-server', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = outputTail();
  child.stdout.on('data', (d) => log.append(d));
  child.stderr.on('data', (d) => log.append(d));
  let removeOnExit = ownsDir;
  const stop = superviseChild(child, {
    stopSignal: 'SIGTERM',
    afterExit: () => {
      if (removeOnExit) fs.rmSync(dir, { recursive: true, force: true });
    },
  });
  const url = `redis://127.0.0.1:${port}`;
  // The answer must come from our child: another server may hold the port we asked for.
  const started = await waitUntil(async () => (await redisProcessId(url)) === child.pid, { child, timeoutMs: startTimeoutMs });
  if (!started) {
    // Keep the folder for a retry on another port; the caller removes it in the end.
    removeOnExit = false;
    await stop();
    throw new Error(`redis-server did not start on port ${port}:\n${log.lines()}`);
  }
  return { url, port, stop };
}

/** The process id of the Redis server at `url`, or null when none answers. */
async function redisProcessId(url, timeoutMs = 500) {
  const { Redis } = require('ioredis');
  const client = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, disconnectTimeout: 100, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await withTimeout(client.connect(), timeoutMs, 'Redis');
    const info = await withTimeout(client.info('server'), timeoutMs, 'Redis');
    const match = /^process_id:(\d+)/m.exec(info);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  } finally {
    await closeRedisClient(client);
  }
}

/** Polls `check` until it is true; false if the child exits or the time runs out. */
async function waitUntil(check, { child, timeoutMs, intervalMs = 100 }) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && !isRunning(child)) return false;
    if (await check()) return true;
    await delay(intervalMs);
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

/** Does a PostgreSQL answer at `url` (connect and `SELECT 1`)? Returns `{ ok, error }`. */
async function postgresAnswers(url, { timeoutMs = 3000 } = {}) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  client.on('error', () => {
    // Reported through the returned promise instead.
  });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { ok: true, error: null };
  } catch (err) {
    return { ok: false, error: err.message || String(err) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The data directory of the PostgreSQL server at `url`, or null when none answers. */
async function postgresDataDirectory(url, timeoutMs = 1000) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query("SELECT current_setting('data_directory') AS dir");
    return rows[0].dir;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The folder holding PostgreSQL's server binaries (initdb, postgres): the newest
 * /usr/lib/postgresql/<version>/bin, as Debian installs them. Null when none is installed.
 */
function findPostgresBin({ roots = ['/usr/lib/postgresql'] } = {}) {
  for (const root of roots) {
    let versions;
    try {
      versions = fs.readdirSync(root);
    } catch {
      continue;
    }
    versions.sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
    for (const version of versions) {
      const bin = path.join(root, version, 'bin');
      if (fs.existsSync(path.join(bin, 'initdb')) && fs.existsSync(path.join(bin, 'postgres'))) return bin;
    }
  }
  return null;
}

/** uid/gid of the `postgres` account, which runs the servers when we are root. */
function postgresAccount(passwdFile = '/etc/passwd') {
  // Read the account database directly: no dependency on PATH or on `id` being there.
  try {
    for (const line of fs.readFileSync(passwdFile, 'utf8').split('\n')) {
      const [name, , uid, gid] = line.split(':');
      if (name === 'postgres') return { uid: Number(uid), gid: Number(gid) };
    }
  } catch {
    // Fall through to `id`, for accounts that come from elsewhere than /etc/passwd.
  }
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

/** Can the account (uid, gid) reach `dir`? Every parent must let it traverse. */
function unreachableParent(dir, { uid, gid }) {
  let current = path.dirname(path.resolve(dir));
  for (;;) {
    const st = fs.statSync(current);
    const canTraverse = st.uid === uid ? st.mode & 0o100 : st.gid === gid ? st.mode & 0o010 : st.mode & 0o001;
    if (!canTraverse) return current;
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/**
 * Starts a private throwaway PostgreSQL cluster (trust authentication, listening on 127.0.0.1
 * only, its socket inside `dir`) and returns `{ url, port, dir, stop() }`; `url` reaches the
 * `postgres` database as the `postgres` superuser. `stop()` shuts the server down and removes
 * the cluster's files. Without `dir`, a folder under the system temp dir is used.
 *
 * The postmaster runs as a direct child of this process rather than through `pg_ctl start`:
 * pg_ctl detaches it into a session of its own, so a Ctrl-C or a crash would leave it running.
 * `postgresRoots` overrides where the server binaries are looked for.
 * @param {{ dir?: string, port?: number, startTimeoutMs?: number, postgresRoots?: string[] }} [options]
 */
async function startPostgresCluster({ dir, port, startTimeoutMs = 30000, postgresRoots } = {}) {
  const bin = findPostgresBin(postgresRoots ? { roots: postgresRoots } : undefined);
  if (!bin) {
    throw new ServiceSetupError('PostgreSQL server binaries not found in /usr/lib/postgresql/<version>/bin: run `apt-get install -y postgresql` (or set TEST_DATABASE_URL to a PostgreSQL that answers)');
  }
  const ownsDir = dir === undefined;
  const clusterDir = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'sankofa-pg-'));
  fs.mkdirSync(clusterDir, { recursive: true });
  const dataDir = path.join(clusterDir, 'data');
  const removeFiles = () => {
    fs.rmSync(ownsDir ? clusterDir : dataDir, { recursive: true, force: true });
  };

  // initdb and postgres refuse to run as root: run them as the postgres account instead.
  let account = null;
  if (process.getuid && process.getuid() === 0) {
    account = postgresAccount();
    if (!account) throw new ServiceSetupError('the `postgres` account is missing: run `apt-get install -y postgresql`');
    const blocked = unreachableParent(clusterDir, account);
    if (blocked) {
      if (ownsDir) removeFiles();
      throw new ServiceSetupError(`the postgres account cannot reach ${clusterDir} (${blocked} is closed to it): use a folder under ${os.tmpdir()}`);
    }
    fs.chownSync(clusterDir, account.uid, account.gid);
  }
  const asPostgres = account ? { uid: account.uid, gid: account.gid } : {};
  const env = { ...process.env, LC_ALL: 'C', LANG: 'C', ...(account ? { HOME: clusterDir, USER: 'postgres' } : {}) };

  try {
    execFileSync(
      path.join(bin, 'initdb'),
      ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync', '--no-instructions'],
      { cwd: clusterDir, env, ...asPostgres, stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (err) {
    removeFiles();
    throw new Error(`initdb failed in ${dataDir}:\n${(err.stderr || err.stdout || err.message).toString().trim()}`);
  }

  const attempts = port === undefined ? 3 : 1;
  let lastError;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const chosenPort = port ?? (await freePort());
    try {
      return await launchPostgres({ bin, clusterDir, dataDir, port: chosenPort, env, asPostgres, startTimeoutMs, removeFiles });
    } catch (err) {
      lastError = err;
    }
  }
  removeFiles();
  throw lastError;
}

async function launchPostgres({ bin, clusterDir, dataDir, port, env, asPostgres, startTimeoutMs, removeFiles }) {
  const args = [
    '-D', dataDir,
    '-p', String(port),
    '-h', '127.0.0.1',
    '-k', clusterDir,
    // A throwaway cluster: durability buys nothing and costs test time.
    '-c', 'fsync=off',
    '-c', 'synchronous_commit=off',
    '-c', 'full_page_writes=off',
    '-c', 'max_connections=200',
  ];
  const child = spawn(path.join(bin, 'postgres'), args, { cwd: clusterDir, env, ...asPostgres, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = outputTail();
  child.stdout.on('data', (d) => log.append(d));
  child.stderr.on('data', (d) => log.append(d));
  let removeOnExit = true;
  const stop = superviseChild(child, {
    // SIGINT is PostgreSQL's fast shutdown (SIGTERM would wait for clients to leave);
    // SIGQUIT its immediate one, for when we cannot wait.
    stopSignal: 'SIGINT',
    killSignal: 'SIGQUIT',
    timeoutMs: 15000,
    afterExit: () => {
      if (removeOnExit) removeFiles();
    },
  });
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  // The answer must come from our cluster: another server may hold the port we asked for.
  const ours = fs.realpathSync(dataDir);
  const started = await waitUntil(async () => (await postgresDataDirectory(url)) === ours, { child, timeoutMs: startTimeoutMs, intervalMs: 150 });
  if (!started) {
    // Keep the initialised cluster for a retry on another port.
    removeOnExit = false;
    await stop();
    await waitForExit(child, 1000);
    throw new Error(`PostgreSQL did not start on port ${port}:\n${log.lines()}`);
  }
  return { url, port, dir: clusterDir, stop };
}

module.exports = {
  ServiceSetupError,
  closeRedisClient,
  freePort,
  onPath,
  redactUrl,
  redisAnswers,
  startRedisServer,
  postgresAnswers,
  findPostgresBin,
  postgresAccount,
  startPostgresCluster,
};
