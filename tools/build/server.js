#!/usr/bin/env node
// Builds the server apps (API and grader) and the server libs into dist/server with SWC:
// TypeScript is transpiled file by file, keeping decorator metadata (Nest DI and code-first
// GraphQL need it). Type checking is the separate `typecheck` target.
// Usage: node tools/build/server.js
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const out = path.join(root, 'dist/server');
const { readAliases } = require('../testing/paths');

// Every source folder the server processes load: the two apps and the libs they alias.
const sourceDirs = ['apps/api/src', 'apps/grader/src', ...Object.values(readAliases(root)).map(([entry]) => path.dirname(entry))];

fs.rmSync(out, { recursive: true, force: true });
const swc = require.resolve('@swc/cli/bin/swc.js');
execFileSync(
  process.execPath,
  [swc, ...new Set(sourceDirs), '-d', out, '--config-file', '.swcrc', '--ignore', '**/*.spec.ts', '--copy-files', '--quiet'],
  { cwd: root, stdio: 'inherit' },
);
fs.writeFileSync(path.join(out, 'BUILD'), new Date().toISOString() + '\n');
console.log(`server build: ${path.relative(root, out)}`);
