#!/usr/bin/env node
// `npm run create-admin -- --email E --name N`: creates an administrator (the first admin of a
// production deployment). Builds the server if its sources changed, then runs the API CLI's
// `create-admin`. The password comes from SANKOFA_ADMIN_PASSWORD, from standard input when that
// is not a terminal, or is asked for here without echo and handed to the CLI through a pipe
// (never through its environment or arguments, which other local users' tools can see).
const { parseArgs } = require('node:util');
const { readSecret, Interrupted } = require('./read-secret');
const { ensureServerBuilt, spawnApiCli } = require('./run-api-cli');

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

  await ensureServerBuilt();

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

  return spawnApiCli(parsed.cliArgs, { input: password === null ? null : `${password}\n` });
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

module.exports = { parseCreateAdminArgs, USAGE };
