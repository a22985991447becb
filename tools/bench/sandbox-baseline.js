#!/usr/bin/env node
// The sandbox baseline: `node tools/bench/sandbox-baseline.js [--submissions 100]
// [--concurrency 2 | --rate 5] [--pool-size 4] [--workload typical,numpy,sklearn]`.
// Grades a shipped exercise's solution straight in the bubblewrap sandbox (no API, queue or
// database), once with a sandbox started cold per submission, once from a warm SandboxPool (the
// standard library preloaded, then the workload's own imports too), and prints latency
// percentiles and throughput per mode. Submissions are sent `--concurrency` at a time (each as
// soon as one ends: throughput), or with `--rate`, that many per second whatever is still running
// (time to feedback below saturation). Figures only: nothing here asserts a time.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { parseArgs } = require('node:util');
const { buildTargets, ensureBuilt } = require('../start/lib/build');
const { requireBuilt } = require('./grading/built-server');
const { countBy, summarize } = require('./grading/stats');
const { loadWorkloads, WORKLOADS } = require('./grading/workloads');

const ROOT = path.resolve(__dirname, '../..');
const OUT_FILE = path.join(ROOT, 'tmp/bench/sandbox-baseline.json');
/** The modules each workload's submission imports beyond the standard library. */
const WORKLOAD_IMPORTS = { typical: [], numpy: ['numpy'], sklearn: ['numpy', 'sklearn.linear_model', 'sklearn.metrics'] };
/** Uids of the benchmark's sandboxes: clear of the grader's (60001 up) if one runs beside it. */
const COLD_FIRST_UID = 60401;
const POOL_FIRST_UID = 60451;

const USAGE = `usage: node tools/bench/sandbox-baseline.js [--submissions N] [--concurrency N | --rate N] [--pool-size N] [--workload ${Object.keys(WORKLOAD_IMPORTS).join(',')}]`;

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      submissions: { type: 'string', default: '100' },
      concurrency: { type: 'string', default: '2' },
      rate: { type: 'string' },
      'pool-size': { type: 'string', default: '4' },
      workload: { type: 'string', default: Object.keys(WORKLOAD_IMPORTS).join(',') },
      help: { type: 'boolean', default: false },
    },
  });
  const whole = (name) => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number ≥ 1\n${USAGE}`);
    return n;
  };
  const workloads = values.workload.split(',').map((w) => w.trim());
  const unknown = workloads.find((w) => !(w in WORKLOAD_IMPORTS));
  if (unknown !== undefined) throw new Error(`unknown workload ${unknown}\n${USAGE}`);
  const rate = values.rate === undefined ? null : Number(values.rate);
  if (rate !== null && !(rate > 0)) throw new Error(`--rate must be a positive number of submissions per second\n${USAGE}`);
  return { help: values.help, submissions: whole('submissions'), concurrency: whole('concurrency'), rate, poolSize: whole('pool-size'), workloads };
}

/** Latency (call to result), time in the learner's process (job written to its end) and statuses. */
class Measurements {
  latencies = [];
  inSandbox = [];
  statuses = [];

  async grade(run) {
    const sent = performance.now();
    try {
      const result = await run();
      this.statuses.push(result.status);
      this.inSandbox.push(result.durationMs);
    } catch (error) {
      this.statuses.push(`fault: ${error.message.slice(0, 80)}`);
    }
    this.latencies.push(performance.now() - sent);
  }

  summary(seconds) {
    return { latencyMs: summarize(this.latencies), inSandboxMs: summarize(this.inSandbox), perSecond: this.latencies.length / seconds, statuses: countBy(this.statuses) };
  }
}

/**
 * Sends `count` calls of `grade(i, worker)`: `concurrency` at a time, or `rate` per second
 * whatever is still running. The `worker` of a call is below `concurrency`, or, by rate, below
 * the number of calls in flight at once.
 */
async function measure(count, { concurrency, rate }, grade) {
  const measurements = new Measurements();
  const started = performance.now();
  if (rate === null) {
    let next = 0;
    const worker = async (id) => {
      while (next < count) {
        const i = next++;
        await measurements.grade(() => grade(i, id));
      }
    };
    await Promise.all(Array.from({ length: concurrency }, (_, id) => worker(id)));
  } else {
    const inFlight = new Set();
    const calls = [];
    for (let i = 0; i < count; i++) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + (i * 1000) / rate - performance.now())));
      let worker = 0;
      while (inFlight.has(worker)) worker++;
      inFlight.add(worker);
      calls.push(measurements.grade(() => grade(i, worker)).finally(() => inFlight.delete(worker)));
    }
    await Promise.all(calls);
  }
  return measurements.summary((performance.now() - started) / 1000);
}

/** A sandbox started for one submission, as without a pool: bubblewrap, then the interpreter. */
function coldGrader(grading, job) {
  return async (_i, worker) => {
    const uid = COLD_FIRST_UID + worker;
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sankofa-bench-'));
    try {
      if (process.getuid?.() === 0) fs.chownSync(scratch, uid, uid);
      const launcher = grading.bwrapLauncher({ uid, scratchDir: scratch, memoryBytes: grading.MAX_MEMORY_MB * 1024 * 1024 });
      return await grading.runPythonCases({ ...job, launcher, cwd: scratch });
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  };
}

async function measureWorkload(grading, workload, options) {
  const { document } = workload;
  const job = { source: workload.input.code, cases: document.hidden.cases, checks: document.hidden.checks, limits: grading.pythonLimits(document.public) };
  const cold = coldGrader(grading, job);
  const imports = WORKLOAD_IMPORTS[workload.name];
  const preloads = [{ label: 'stdlib', modules: grading.DEFAULT_PRELOAD }];
  if (imports.length) preloads.push({ label: `stdlib + ${workload.name}`, modules: [...grading.DEFAULT_PRELOAD, ...imports] });

  const rows = [];
  // One unmeasured run: the interpreter's files into the page cache.
  await cold(0, 0);
  log(`${workload.name}: cold…`);
  rows.push({ mode: 'cold: a sandbox started per submission', ...(await measure(options.submissions, options, cold)) });
  for (const preload of preloads) {
    const pool = new grading.SandboxPool({ size: options.poolSize, preload: preload.modules, firstUid: POOL_FIRST_UID });
    try {
      const warming = performance.now();
      await pool.ready();
      const warmUpMs = performance.now() - warming;
      log(`${workload.name}: warm pool (${preload.label})…`);
      const result = await measure(options.submissions, options, () => grading.runPythonCases({ ...job, sandbox: pool }));
      rows.push({ mode: `warm pool of ${options.poolSize}, ${preload.label}`, preload: preload.modules, warmUpMs, ...result });
    } finally {
      await pool.close();
    }
  }
  return { workload: workload.name, exercise: `${workload.course}/${workload.exercise}`, cases: document.hidden.cases.length, rows };
}

function log(line) {
  process.stderr.write(`${line}\n`);
}

const ms = (v) => (v === null ? '-' : `${Math.round(v)} ms`);

function formatReport(results, options) {
  const lines = [
    `sandbox baseline: ${options.submissions} submissions per mode ${options.rate === null ? `at concurrency ${options.concurrency}` : `arriving at ${options.rate}/s`}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}`,
    '',
  ];
  for (const { workload, exercise, cases, rows } of results) {
    lines.push(`${WORKLOADS[workload].title} — ${exercise}, ${cases} cases`);
    lines.push(`  ${'mode'.padEnd(46)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)} ${'per s'.padStart(6)}  ${'in sandbox p50'.padStart(14)}  statuses`);
    for (const row of rows) {
      const l = row.latencyMs;
      const warm = row.warmUpMs === undefined ? '' : ` (pool ready in ${ms(row.warmUpMs)})`;
      lines.push(
        `  ${row.mode.padEnd(46)} ${ms(l.p50).padStart(7)} ${ms(l.p95).padStart(7)} ${ms(l.p99).padStart(7)} ${ms(l.max).padStart(7)} ${row.perSecond.toFixed(1).padStart(6)}  ${ms(row.inSandboxMs.p50).padStart(14)}  ${JSON.stringify(row.statuses)}${warm}`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

async function main(argv) {
  const options = parseOptions(argv);
  if (options.help) {
    console.log(USAGE);
    return;
  }
  await ensureBuilt(buildTargets(ROOT).server, { root: ROOT, env: process.env, quietWhenFresh: true, log });
  const grading = requireBuilt('libs/grading/src/index');
  const available = await grading.sandboxAvailable({ uid: COLD_FIRST_UID });
  if (!available.ok) throw new Error(`the sandbox cannot start: ${available.reason}`);
  const results = [];
  for (const workload of await loadWorkloads(options.workloads)) results.push(await measureWorkload(grading, workload, options));
  console.log(formatReport(results, options));
  fs.mkdirSync(path.dirname(OUT_FILE), { recursive: true });
  fs.writeFileSync(OUT_FILE, `${JSON.stringify({ at: new Date().toISOString(), options, loadAverage: os.loadavg(), results }, null, 2)}\n`);
  log(`figures: ${path.relative(ROOT, OUT_FILE)}`);
}

main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
