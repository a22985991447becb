#!/usr/bin/env node
// `npm start`: runs Sankofa on this machine (see tools/start/lib/main.js; `--help` for options).
const { main } = require('./lib/main');
const { StartError } = require('./lib/errors');

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(err instanceof StartError ? `${err.message}\n` : `${err.stack ?? err}\n`);
    process.exit(1);
  },
);
