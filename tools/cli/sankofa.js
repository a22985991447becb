#!/usr/bin/env node
// `npm run sankofa -- <command> …`: the operator and instructor commands of the API CLI
// (migrate, course:validate, course:format, course:import, course:publish, course:export,
// curricula:import, seed-curricula, catalog:validate, catalog:import, catalog:export …). Builds the server if its sources changed, then runs the
// command from the repository root against the database the API uses.
const path = require('node:path');
const { ensureServerBuilt, spawnApiCli } = require('./run-api-cli');

/** Folder arguments are given relative to where the user stands; the CLI runs from the root. */
function resolveFolderArgs(argv, cwd) {
  const [command, ...rest] = argv;
  const folderPositions = { 'course:validate': [0], 'course:format': [0], 'course:import': [0], 'curricula:import': [0], 'course:export': [1], 'seed-curricula': [0], 'catalog:validate': [0], 'catalog:import': [0], 'catalog:export': [0] }[command] ?? [];
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
  await ensureServerBuilt();
  return spawnApiCli(resolveFolderArgs(argv, process.cwd()));
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
