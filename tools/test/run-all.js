#!/usr/bin/env node
// `npm test`: every check the project has, in order, stopping at the first failing step.
//   1. lint, type check, unit and component tests   nx run-many -t lint typecheck test
//   2. integration suites (PostgreSQL and SQLite)    nx run-many -t integration --parallel=1
//   3. drift checks                                  nx run-many -t schema-check migration-check
//   4. end-to-end test in a real browser             nx run-many -t e2e --parallel=1
// The test servers (PostgreSQL, Redis) are provided once, before step 1, and handed to every
// Jest run through TEST_DATABASE_URL / TEST_REDIS_URL; each run still gets its own database and
// Redis namespace (tools/testing/global-setup.js). Servers started here stop on exit and on
// Ctrl-C.
//
// Usage: node tools/test/run-all.js [--only <step>[,<step>…]]
//   steps: checks, integration, drift, e2e
'use strict';

const { spawn, execFileSync } = require('node:child_process');
const path = require('node:path');
const { stripVTControlCharacters } = require('node:util');
const { superviseChild } = require('../lib/child-processes');
const { ServiceSetupError } = require('../lib/services');
const { provideTestServers } = require('../lib/test-services');

const root = path.resolve(__dirname, '../..');
const nxBin = require.resolve('nx/bin/nx.js', { paths: [root] });

const STEPS = [
  { id: 'checks', title: 'lint, type check, unit tests', targets: ['lint', 'typecheck', 'test'], args: [] },
  { id: 'integration', title: 'integration tests', targets: ['integration'], args: ['--parallel=1'] },
  { id: 'drift', title: 'schema and migration drift checks', targets: ['schema-check', 'migration-check'], args: [] },
  { id: 'e2e', title: 'end-to-end test', targets: ['e2e'], args: ['--parallel=1'] },
];
// Targets the project's contract requires somewhere: a step that silently finds nothing to run
// would turn a deleted check into a green build.
const REQUIRED_TARGETS = ['integration', 'schema-check', 'migration-check', 'e2e'];

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
const bold = (t) => paint('1', t);
const green = (t) => paint('32', t);
const red = (t) => paint('31', t);
const dim = (t) => paint('2', t);

function header(text) {
  const line = '═'.repeat(Math.max(8, 78 - text.length - 4));
  process.stdout.write(`\n${bold(`══ ${text} ${line}`)}\n`);
}

function formatDuration(ms) {
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)}s`;
  return `${Math.floor(s / 60)}m ${String(Math.round(s % 60)).padStart(2, '0')}s`;
}

function parseArgs(argv) {
  const known = STEPS.map((s) => s.id);
  let only = known;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = arg.startsWith('--only=') ? arg.slice('--only='.length) : arg === '--only' ? argv[++i] : null;
    if (value === null || value === undefined) {
      throw new Error(`unknown argument ${arg}\nusage: node tools/test/run-all.js [--only <step>[,<step>…]]  (steps: ${known.join(', ')})`);
    }
    only = value.split(',').map((s) => s.trim());
    const unknown = only.filter((s) => !known.includes(s));
    if (unknown.length) throw new Error(`unknown step ${unknown.join(', ')} (steps: ${known.join(', ')})`);
  }
  return { only };
}

function childEnv(servers) {
  return {
    ...process.env,
    NX_DAEMON: 'false',
    NX_TUI: 'false',
    NX_NO_CLOUD: 'true',
    // Nx and Jest keep colours when the terminal has them, even though we read their output.
    ...(color && !process.env.FORCE_COLOR ? { FORCE_COLOR: '1' } : {}),
    TEST_DATABASE_URL: servers.postgresUrl,
    TEST_REDIS_URL: servers.redisUrl,
  };
}

/** Projects that define `target` (asks Nx's project graph). */
function projectsWithTarget(target, env) {
  const out = execFileSync(process.execPath, [nxBin, 'show', 'projects', '--with-target', target, '--json'], { cwd: root, env, encoding: 'utf8' });
  return JSON.parse(out);
}

/** Reads Nx's output line by line and keeps the tasks it lists under "Failed tasks:". */
function failedTaskCollector() {
  const failed = new Set();
  let inList = false;
  return {
    scan(line) {
      const plain = stripVTControlCharacters(line).trim();
      if (/^Failed tasks:/.test(plain)) inList = true;
      else if (inList && /^- \S+:\S+/.test(plain)) failed.add(plain.slice(2).split(/\s/)[0]);
      else if (inList && plain !== '') inList = false;
    },
    tasks: () => [...failed],
  };
}

/**
 * Adds up the test counts that Jest ("Tests:  1 failed, 2 skipped, 40 passed, 43 total") and
 * Vitest ("Tests  1 failed | 98 passed (99)") print at the end of each run.
 */
function testCounter() {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  return {
    scan(line) {
      const plain = stripVTControlCharacters(line).trim();
      const jest = /^Tests:\s+(.*\d+ total)$/.exec(plain);
      const vitest = /^Tests\s+(.*)\(\d+\)$/.exec(plain);
      const counts = (jest ?? vitest)?.[1];
      if (!counts) return;
      for (const [, n, kind] of counts.matchAll(/(\d+) (passed|failed|skipped|todo)/g)) {
        totals[kind === 'todo' ? 'skipped' : kind] += Number(n);
      }
    },
    totals: () => ({ ...totals }),
  };
}

const tests = testCounter();

/**
 * Copies a child's stream to ours line by line, collecting failed task names on the way.
 * @param {import('node:stream').Readable} from
 * @param {NodeJS.WritableStream} to
 */
function echoAndScan(from, to) {
  const collector = failedTaskCollector();
  let pending = '';
  from.on('data', (chunk) => {
    to.write(chunk);
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop();
    lines.forEach((line) => {
      collector.scan(line);
      tests.scan(line);
    });
  });
  return {
    finish() {
      collector.scan(pending);
      tests.scan(pending);
      return collector.tasks();
    },
  };
}

/** Runs Nx, echoing its output, and collects the task names it lists under "Failed tasks". */
function runNx(args, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [nxBin, ...args], { cwd: root, env, stdio: ['inherit', 'pipe', 'pipe'] });
    const stop = superviseChild(child, { stopSignal: 'SIGTERM', timeoutMs: 20000 });
    // Nx writes its "Failed tasks" summary to stderr: read both streams, echo each to its own.
    const readers = [echoAndScan(child.stdout, process.stdout), echoAndScan(child.stderr, process.stderr)];
    child.on('close', (code, signal) => {
      const failedTasks = [...new Set(readers.flatMap((r) => r.finish()))];
      void stop();
      resolve({ code: code ?? 1, signal, failedTasks });
    });
  });
}

async function main() {
  const { only } = parseArgs(process.argv.slice(2));
  const results = [];
  const started = Date.now();

  header('test services');
  let servers;
  const serviceStart = Date.now();
  try {
    servers = await provideTestServers({
      env: process.env,
      log: (line) => process.stdout.write(`${line}\n`),
    });
  } catch (err) {
    process.stdout.write(`${red('✘')} ${err instanceof ServiceSetupError ? err.message : err.stack}\n`);
    results.push({ title: 'test services', ok: false, ms: Date.now() - serviceStart, detail: err.message.split('\n')[0] });
    return finish(results, started);
  }
  const where = (isNew, url) => `${url}${isNew ? dim(' (started for this run)') : ''}`;
  process.stdout.write(`PostgreSQL: ${where(servers.startedPostgres, servers.postgresUrl.replace(/:[^:@/]*@/, ':***@'))}\n`);
  process.stdout.write(`Redis:      ${where(servers.startedRedis, servers.redisUrl)}\n`);
  results.push({ title: 'test services', ok: true, ms: Date.now() - serviceStart });

  const env = childEnv(servers);
  try {
    const missing = only.includes('integration') || only.includes('drift') || only.includes('e2e') ? requiredTargetsMissing(env, only) : [];
    if (missing.length) {
      const detail = missing.map((t) => `no project defines a \`${t}\` target`).join('; ');
      process.stdout.write(`${red('✘')} ${detail}\n`);
      results.push({ title: 'required targets', ok: false, ms: 0, detail });
      return finish(results, started);
    }
    for (const step of STEPS) {
      if (!only.includes(step.id)) continue;
      header(step.title);
      const args = ['run-many', '-t', ...step.targets, ...step.args, '--outputStyle=static'];
      process.stdout.write(dim(`$ nx ${args.join(' ')}\n`));
      const stepStart = Date.now();
      const { code, signal, failedTasks } = await runNx(args, env);
      const ok = code === 0 && !signal;
      const detail = ok ? '' : failedTasks.length ? `failed: ${failedTasks.join(', ')}` : signal ? `ended by ${signal}` : `exit code ${code}`;
      results.push({ title: step.title, ok, ms: Date.now() - stepStart, detail });
      if (!ok) break;
    }
  } finally {
    await servers.stop().catch((err) => process.stdout.write(`could not stop the test services: ${err.message}\n`));
  }
  for (const step of STEPS) {
    if (only.includes(step.id) && !results.some((r) => r.title === step.title)) results.push({ title: step.title, ok: null, ms: 0 });
  }
  return finish(results, started);
}

function requiredTargetsMissing(env, only) {
  const stepOf = (target) => STEPS.find((s) => s.targets.includes(target)).id;
  return REQUIRED_TARGETS.filter((t) => only.includes(stepOf(t)) && projectsWithTarget(t, env).length === 0);
}

function finish(results, started) {
  header('summary');
  const width = Math.max(...results.map((r) => r.title.length));
  for (const r of results) {
    const mark = r.ok === true ? green('✔') : r.ok === false ? red('✘') : dim('-');
    const time = r.ok === null ? dim('not run') : formatDuration(r.ms);
    process.stdout.write(`${mark} ${r.title.padEnd(width)}  ${time.padStart(8)}${r.detail ? `  ${r.ok === false ? red(r.detail) : r.detail}` : ''}\n`);
  }
  const passed = results.filter((r) => r.ok === true).length;
  const failed = results.filter((r) => r.ok === false).length;
  process.stdout.write(`total ${formatDuration(Date.now() - started)}\n`);
  process.stdout.write(`steps: ${passed} passed, ${failed} failed\n`);
  // Last, in the usual closing form: the tests that Jest and Vitest ran, across all steps.
  const t = tests.totals();
  process.stdout.write(`Tests: ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ''}\n`);
  return failed === 0 ? 0 : 1;
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`${err.message}\n`);
      process.exitCode = 2;
    },
  );
}

module.exports = { STEPS, parseArgs, formatDuration, failedTaskCollector, testCounter };
