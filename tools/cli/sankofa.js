#!/usr/bin/env node
// `npm run sankofa -- <command> …`: the operator and instructor commands of the API CLI
// (migrate, course:validate, course:format, course:import, course:publish, course:export,
// curricula:import, seed-curricula …). Builds the server if its sources changed, then runs the
// command from the repository root against the database the API uses.
const path = require('node:path');
const { spawn } = require('node:child_process');
const { cliEnvironment } = require('./create-admin');

const ROOT = path.resolve(__dirname, '../..');

/** Folder arguments are given relative to where the user stands; the CLI runs from the root. */
function resolveFolderArgs(argv, cwd) {
  const [command, ...rest] = argv;
  const folderPositions = { 'course:validate': [0], 'course:format': [0], 'course:import': [0], 'curricula:import': [0], 'course:export': [1], 'seed-curricula': [0] }[command] ?? [];
  let position = -1;
  const out = rest.map((arg, i) => {
    if (arg.startsWith('--')) return arg;
    if (i > 0 && rest[i - 1].startsWith('--') && !rest[i - 1].includes('=')) return arg; // an option's value
    position += 1;
    return folderPositions.includes(position) ? path.resolve(cwd, arg) : arg;
  });
  return command === undefined ? [] : [command, ...out];
}

async function main(argv) {
  const { checkRuntime } = require('../start/lib/prerequisites');
  const { buildTargets, ensureBuilt } = require('../start/lib/build');
  const { serverCommand } = require('../start/lib/main');
  checkRuntime({ root: ROOT });
  await ensureBuilt(buildTargets(ROOT).server, { root: ROOT, env: process.env, quietWhenFresh: true, log: (l) => process.stderr.write(`${l}\n`) });
  const [node, args] = serverCommand(ROOT, 'api', 'cli.js', resolveFolderArgs(argv, process.cwd()));
  const child = spawn(node, args, { cwd: ROOT, env: cliEnvironment(process.env, process.cwd()), stdio: 'inherit' });
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  process.on('SIGINT', () => undefined);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
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

module.exports = { resolveFolderArgs };
