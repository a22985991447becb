#!/usr/bin/env node
// The grading benchmark: `node tools/bench/grading.js [--workload typical|numpy|sklearn|quiz|prediction|all]
// [--rate N] [--duration S] [--learners 200] …` (see --help and docs/benchmarks/grading.md).
// Per workload: a steady phase at a fixed arrival rate (latency), then a burst sent at once
// (throughput and acceptance), and for typical Python a baseline straight in the sandbox.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { USAGE, UsageError, parseBenchArgs } = require('./grading/args');
const { openLoop, SubmissionDriver } = require('./grading/driver');
const { cpuPerGrading } = require('./grading/cpu-usage');
const { startBenchEnvironment } = require('./grading/environment');
const { httpStatus } = require('../lib/sankofa-stack');
const { buildTargets, ensureBuilt } = require('../start/lib/build');
const { firstRuns, waitForGraded } = require('./grading/grading-runs');
const { checkTargets, formatReport, summarizePhase } = require('./grading/report');
const { sandboxBaseline } = require('./grading/sandbox-run');
const { summarize } = require('./grading/stats');
const { requireBuilt } = require('./grading/built-server');
const { loadWorkloads } = require('./grading/workloads');

const ROOT = path.resolve(__dirname, '../..');
const OUT_DIR = path.join(ROOT, 'tmp/bench');
// A phase whose gradings are not all stored by then is reported with the rest as unfinished.
const DRAIN_TIMEOUT_MS = 10 * 60 * 1000;
// Results are pushed after they are stored, late when the API is behind: how long to wait for
// the last pushes once every result is stored.
const PUSH_TIMEOUT_MS = 30000;

function log(line) {
  process.stderr.write(`${line}\n`);
}

/** Sends the phase's submissions with `drive`, waits until they are graded, and summarizes. */
async function runPhase(env, workload, label, drive) {
  const driver = new SubmissionDriver({ baseUrl: env.baseUrl, learners: env.learners, input: workload.input });
  const loadBefore = os.loadavg()[0];
  const cpuBefore = await env.cpu.sample();
  log(`${workload.name}: ${label}…`);
  const driven = await drive(driver);
  const ids = driver.acceptedIds();
  const left = await waitForGraded(env.pool, ids, {
    timeoutMs: DRAIN_TIMEOUT_MS,
    stopped: env.interrupted,
    progress: (n) => log(`${workload.name}: waiting for ${n} of ${ids.length} gradings`),
  });
  if (left) log(`${workload.name}: ${left} gradings still pending; reported as unfinished`);
  await driver.stopFollowing(PUSH_TIMEOUT_MS);
  const summary = summarizePhase({ records: driver.records, runs: await firstRuns(env.pool, ids) });
  // The sandboxes' CPU time is not measured: no capacity figure for Python from it.
  const cpuMs = cpuPerGrading(cpuBefore, await env.cpu.sample(), summary.graded, workload.kind === 'python' ? null : os.cpus().length);
  // A server that died under the load explains the refusals; what follows would measure nothing.
  const apiAnswering = (await httpStatus(`${env.baseUrl}/ready`)) === 200;
  if (!apiAnswering) log(`${workload.name}: the API stopped answering during the ${label}; see ${path.join(env.logDir, 'api.log')}`);
  return { ...summary, ...driven, cpuMs, apiAnswering, loadAverage: { before: loadBefore, after: os.loadavg()[0] } };
}

async function runWorkload(env, workload, options) {
  const rate = options.rate ?? workload.rate;
  const burstSize = options.burst ?? workload.burst;
  const result = { exercise: `${workload.course}/${workload.exercise}`, title: workload.title, size: workload.size, rate, durationSeconds: options.durationSeconds, burstSize };
  if (workload.name === 'typical') {
    log(`${workload.name}: ${options.baselineRuns} runs straight in the sandbox at ${rate}/s (baseline)…`);
    result.baseline = await sandboxBaseline(workload, { runs: options.baselineRuns, rate, poolSize: options.poolSize });
  }
  result.steady = await runPhase(env, workload, `${rate} submissions/s for ${options.durationSeconds} s`, async (driver) => {
    const { scheduleLagMs } = await openLoop({ rate, durationSeconds: options.durationSeconds, fire: () => driver.submit(), stopped: env.interrupted });
    // Above a few milliseconds the client, not the server, set the pace.
    return { scheduleLagMs: summarize(scheduleLagMs) };
  });
  if (burstSize > 0 && result.steady.apiAnswering && !env.interrupted()) {
    result.burst = await runPhase(env, workload, `burst of ${burstSize}`, async (driver) => {
      await Promise.allSettled(Array.from({ length: burstSize }, () => driver.submit()));
      return {};
    });
  }
  // Quizzes and predictions: the graders' own pace, on a backlog queued while they were paused.
  if (burstSize > 0 && workload.kind !== 'python' && result.burst?.apiAnswering && !env.interrupted()) {
    result.backlog = await runPhase(env, workload, `backlog of ${burstSize}`, async (driver) => {
      const pausedAt = Date.now();
      await env.queue.pause();
      try {
        await Promise.allSettled(Array.from({ length: burstSize }, () => driver.submit()));
      } finally {
        await env.queue.resume();
      }
      return { pausedMs: Date.now() - pausedAt };
    });
    const { graded, drainSeconds, pausedMs } = result.backlog;
    result.backlog.graderGradingsPerSecond = graded && drainSeconds > pausedMs / 1000 ? graded / (drainSeconds - pausedMs / 1000) : 0;
  }
  if (result.baseline && result.steady.stored.p50 !== null) {
    result.overheadP50Ms = result.steady.stored.p50 - result.baseline.wallMs.p50;
    result.overheadRatio = result.steady.stored.p50 / result.baseline.wallMs.p50;
  }
  return result;
}

/**
 * The grading settings the stack runs with: the flags given, else the product's defaults, read
 * by the product's own settings code (a secret is given so that nothing is generated on disk).
 */
function gradingSettings(options) {
  const env = { JWT_SECRET: '-'.repeat(32) };
  if (options.concurrency !== null) env.GRADER_CONCURRENCY = String(options.concurrency);
  if (options.poolSize !== null) env.SANDBOX_POOL_SIZE = String(options.poolSize);
  const { grading } = requireBuilt('libs/config/src/index').loadSettings(env);
  return { concurrency: grading.concurrency, poolSize: grading.sandboxPoolSize };
}

function machine() {
  const cpus = os.cpus();
  return { cpus: cpus.length, cpuModel: cpus[0]?.model ?? 'unknown', memoryGb: Math.round(os.totalmem() / 2 ** 30), kernel: os.release(), node: process.version };
}

async function main(argv) {
  let options;
  try {
    options = parseBenchArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`grading benchmark: ${err.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }

  const startedAt = new Date();
  const stamp = startedAt.toISOString().replace(/:/g, '').replace(/\..*/, '');
  // The workloads are read, and the baseline graded, by the built server code.
  await ensureBuilt(buildTargets(ROOT).server, { root: ROOT, env: process.env, log, quietWhenFresh: true });
  const workloads = await loadWorkloads(options.workloads);
  const { concurrency, poolSize } = gradingSettings(options);
  const peakPerMinute = Math.max(...workloads.map((w) => (options.rate ?? w.rate) * 60 + (options.burst ?? w.burst)));
  const env = await startBenchEnvironment({
    learners: options.learners,
    courses: [...new Set(workloads.map((w) => w.course))],
    peakPerMinute,
    graders: options.graders,
    concurrency,
    poolSize,
    logDir: path.join(OUT_DIR, `logs-${stamp}`),
    log,
  });
  const results = {};
  try {
    for (const workload of workloads) {
      if (env.interrupted()) break;
      const result = await runWorkload(env, workload, { ...options, poolSize });
      results[workload.name] = result;
      if (!result.steady.apiAnswering || result.burst?.apiAnswering === false) break;
    }
  } catch (err) {
    // Interrupted: the stack went away under the phase; nothing to report.
    if (!env.interrupted()) throw err;
  } finally {
    await env.teardown();
  }
  if (env.interrupted()) return 130;

  const targets = checkTargets(results);
  const host = machine();
  process.stdout.write(`${formatReport({ results, targets, machine: host })}\n`);
  const report = {
    startedAt: startedAt.toISOString(),
    machine: host,
    options: { ...options, help: undefined },
    settings: { graders: options.graders, learners: options.learners, ...env.settings },
    results,
    targets,
  };
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, `grading-${stamp}.json`);
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  log(`\nWrote ${path.relative(process.cwd(), file)}; server logs in ${path.relative(process.cwd(), env.logDir)}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`grading benchmark failed: ${err.stack ?? err}\n`);
    process.exitCode = 1;
  },
);
