// Command-line options and the environment handed to the server processes.
const path = require('node:path');
const { parseArgs } = require('node:util');
const { StartError } = require('./errors');

const USAGE = `Usage: npm start [-- options]

Runs Sankofa on this machine: builds what changed, prepares the data folder, uses or starts
Redis, then runs the API (which also serves the web app) and the grader until Ctrl-C.

Options:
  --port <n>        HTTP port (same as PORT; default 3000)
  --data-dir <dir>  data folder (same as SANKOFA_DATA_DIR; default ./data)
  --rebuild         rebuild the server and the web app even when they look up to date
  -h, --help        show this help

Environment (passed on to the API and the grader):
  DATABASE_URL       postgres://… to use PostgreSQL instead of the embedded SQLite database
  REDIS_URL          redis://… to use that Redis (otherwise 127.0.0.1:6379 when it answers
                     with maxmemory-policy noeviction, else a private redis-server)
  SANKOFA_NAMESPACE  Redis namespace (embedded default: derived from the data folder)
  NODE_ENV, JWT_SECRET, SCRYPT_LOG_N, …  see libs/config
`;

/** Parses `npm start -- …` arguments; unknown options are a usage error. */
function parseOptions(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        rebuild: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new StartError(`${err.message.split('\n')[0]} (see npm start -- --help)`);
  }
  const v = parsed.values;
  return { help: v.help, rebuild: v.rebuild, port: v.port, dataDir: v['data-dir'] };
}

// Shells and env files often leave a variable empty; the server settings treat that as unset too.
function defined(value) {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function parsePort(raw, name) {
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 65535) {
    throw new StartError(`Configuration error: ${name} must be a whole number between 1 and 65535`);
  }
  return Number(raw);
}

/**
 * Resolves what the run needs to know before any process starts. Options win over the
 * environment. The data folder is made absolute against the caller's folder, because the
 * server processes run from the repository root.
 */
function resolveRun({ options, env, cwd }) {
  const portRaw = options.port ?? defined(env.PORT) ?? '3000';
  const port = parsePort(portRaw, options.port !== undefined ? '--port' : 'PORT');
  const dataDir = path.resolve(cwd, options.dataDir ?? defined(env.SANKOFA_DATA_DIR) ?? 'data');
  const databaseUrl = defined(env.DATABASE_URL);
  const production = env.NODE_ENV === 'production';
  return {
    port,
    dataDir,
    database: databaseUrl ? 'postgres' : 'sqlite',
    databaseUrl,
    production,
    redisUrl: defined(env.REDIS_URL),
    // Demo accounts belong to development machines, never to a production database.
    seedDemo: !production,
  };
}

/**
 * The environment of the API, the grader and the CLI: the caller's, with the resolved port,
 * data folder and Redis (`colors: false` when the output is not a terminal). SANKOFA_NAMESPACE stays as the user set it (or unset: the apps derive
 * it from the data folder).
 */
function childEnvironment(env, run, redisUrl, { colors = true } = {}) {
  const out = { ...env, PORT: String(run.port), SANKOFA_DATA_DIR: run.dataDir };
  if (redisUrl) out.REDIS_URL = redisUrl;
  // Log colours are noise in a file or a pipe; the apps' loggers honour NO_COLOR.
  if (!colors && out.FORCE_COLOR === undefined) out.NO_COLOR = '1';
  return out;
}

module.exports = { USAGE, parseOptions, resolveRun, childEnvironment };
