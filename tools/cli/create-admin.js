#!/usr/bin/env node
// `npm run create-admin -- --email E --name N`: creates an administrator (the first admin of a
// production deployment). Builds the server if its sources changed, then runs the API CLI's
// `create-admin`. The password comes from SANKOFA_ADMIN_PASSWORD, from standard input when that
// is not a terminal, or is asked for here without echo and handed to the CLI through a pipe
// (never through its environment or arguments, which other local users' tools can see).
const path = require('node:path');
const { spawn } = require('node:child_process');
const { parseArgs } = require('node:util');
const { readSecret, Interrupted } = require('./read-secret');

const ROOT = path.resolve(__dirname, '../..');

const USAGE = `Usage: npm run create-admin -- --email <email> --name <display name>

Creates an administrator account, or makes an existing account an administrator. The password
comes from SANKOFA_ADMIN_PASSWORD, or from standard input, or is asked for (without echo). The
database is the one the API uses: DATABASE_URL, or the embedded SQLite database in
SANKOFA_DATA_DIR (default ./data); apply migrations first (the API CLI's \`migrate\`).
`;

class UsageError extends Error {}

/** Validates the arguments; returns the API CLI arguments, or `{ help: true }`. */
function parseCreateAdminArgs(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: { email: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (err) {
    throw new UsageError(err.message.split('\n')[0]);
  }
  if (values.help) return { help: true };
  const missing = ['email', 'name'].filter((k) => !values[k]?.trim());
  if (missing.length) throw new UsageError(`missing ${missing.map((k) => `--${k}`).join(' and ')}`);
  return { help: false, cliArgs: ['create-admin', '--email', values.email.trim(), '--name', values.name.trim()] };
}

/** The API CLI runs from the repository root, so a relative data folder is resolved here. */
function cliEnvironment(env, cwd) {
  const out = { ...env };
  if (env.SANKOFA_DATA_DIR) out.SANKOFA_DATA_DIR = path.resolve(cwd, env.SANKOFA_DATA_DIR);
  return out;
}

async function main(argv) {
  let parsed;
  try {
    parsed = parseCreateAdminArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`create-admin: ${err.message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(USAGE);
    return 0;
  }

  const { checkRuntime } = require('../start/lib/prerequisites');
  const { buildTargets, ensureBuilt } = require('../start/lib/build');
  const { serverCommand } = require('../start/lib/main');
  checkRuntime({ root: ROOT });
  // Progress goes to stderr: stdout belongs to the CLI (scripts may read it).
  await ensureBuilt(buildTargets(ROOT).server, { root: ROOT, env: process.env, quietWhenFresh: true, log: (l) => process.stderr.write(`${l}\n`) });

  let password = null;
  if (!process.env.SANKOFA_ADMIN_PASSWORD && process.stdin.isTTY) {
    try {
      password = await askPassword();
    } catch (err) {
      if (err instanceof Interrupted) return 130;
      throw err;
    }
    if (password === null) return 1;
  }

  const [node, args] = serverCommand(ROOT, 'api', 'cli.js', parsed.cliArgs);
  const env = cliEnvironment(process.env, process.cwd());
  const child =
    password === null
      ? spawn(node, args, { cwd: ROOT, env, stdio: 'inherit' })
      : spawn(node, args, { cwd: ROOT, env, stdio: ['pipe', 'inherit', 'inherit'] });
  if (password !== null) child.stdin?.end(`${password}\n`);
  // Ctrl-C reaches the CLI through the terminal; other signals are passed on.
  for (const signal of /** @type {const} */ (['SIGTERM', 'SIGHUP'])) process.on(signal, () => child.kill(signal));
  process.on('SIGINT', () => undefined);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Asks twice (a typo in the only admin's password locks everyone out); null if they differ. */
async function askPassword() {
  const password = await readSecret('Password for the admin (at least 10 characters; ignored if the account exists): ');
  const again = await readSecret('Repeat the password: ');
  if (password !== again) {
    process.stderr.write('The passwords differ; nothing was changed.\n');
    return null;
  }
  return password;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`${err.name === 'StartError' ? err.message : (err.stack ?? err)}\n`);
      process.exit(1);
    },
  );
}

module.exports = { parseCreateAdminArgs, cliEnvironment, USAGE };
