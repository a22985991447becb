// Runs a command of the API CLI (dist/server/apps/api/src/cli.js) from the repository root,
// after building the server if its sources changed. Used by the npm scripts in this folder.
const path = require('node:path');
const { spawn } = require('node:child_process');

const ROOT = path.resolve(__dirname, '../..');

/** The API CLI runs from the repository root, so a relative data folder is resolved here. */
function cliEnvironment(env, cwd) {
  const out = { ...env };
  if (env.SANKOFA_DATA_DIR) out.SANKOFA_DATA_DIR = path.resolve(cwd, env.SANKOFA_DATA_DIR);
  return out;
}

/** Builds the server when stale (progress on stderr: stdout belongs to the CLI). */
async function ensureServerBuilt() {
  const { checkRuntime } = require('../start/lib/prerequisites');
  const { buildTargets, ensureBuilt } = require('../start/lib/build');
  checkRuntime({ root: ROOT });
  await ensureBuilt(buildTargets(ROOT).server, { root: ROOT, env: process.env, quietWhenFresh: true, log: (l) => process.stderr.write(`${l}\n`) });
}

/**
 * Spawns the CLI with `cliArgs`; `input`, when given, is written to its standard input (a
 * secret never goes through arguments or the environment). Resolves with the exit code.
 */
function spawnApiCli(cliArgs, { input = null } = {}) {
  const { serverCommand } = require('../start/lib/main');
  const [node, args] = serverCommand(ROOT, 'api', 'cli.js', cliArgs);
  const env = cliEnvironment(process.env, process.cwd());
  const child = spawn(node, args, { cwd: ROOT, env, stdio: input === null ? 'inherit' : ['pipe', 'inherit', 'inherit'] });
  if (input !== null) child.stdin?.end(input);
  // Ctrl-C reaches the CLI through the terminal; other signals are passed on.
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  process.on('SIGINT', () => undefined);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

module.exports = { ROOT, cliEnvironment, ensureServerBuilt, spawnApiCli };
