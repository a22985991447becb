// The baseline: the same learner code run the way the grader runs it (a warm SandboxPool of the
// grader's size and preloads, the exercise's limits), called directly at the steady phase's
// arrival rate: no API, no queue, no database. What the full path adds on top is the
// architecture's overhead. tools/bench/sandbox-baseline.js compares the sandbox's own modes.
'use strict';

const { requireBuilt } = require('./built-server');
const { openLoop } = require('./driver');
const { countBy, summarize } = require('./stats');

/** Uids of the baseline's sandboxes: clear of the graders' (60001 up, 64 per grader process). */
const BASELINE_FIRST_UID = 60301;

/**
 * Grades the workload's submission `runs` times, arriving at `rate` per second as in the steady
 * phase (after one warm-up run), and summarizes the wall time of each: `{ runs, rate, wallMs,
 * statuses }`. Back to back instead, each run would also wait for the replacement of the
 * sandbox the previous one used.
 * @param {{ document: { hidden: { cases: unknown[], checks?: string }, public: object }, input: { code?: string } }} workload
 * @param {{ runs: number, rate: number, poolSize: number }} options
 */
async function sandboxBaseline(workload, { runs, rate, poolSize }) {
  const grading = requireBuilt('libs/grading/src/index');
  const available = await grading.sandboxAvailable({ uid: BASELINE_FIRST_UID });
  if (!available.ok) throw new Error(`the sandbox cannot start: ${available.reason}`);
  const { hidden } = workload.document;
  const job = { source: workload.input.code, cases: hidden.cases, checks: hidden.checks, limits: grading.pythonLimits(workload.document.public) };
  const pool = new grading.SandboxPool({ size: poolSize, firstUid: BASELINE_FIRST_UID });
  try {
    await pool.ready();
    await grading.runPythonCases({ ...job, sandbox: pool });
    const wallMs = [];
    const statuses = [];
    await openLoop({
      rate,
      durationSeconds: runs / rate,
      fire: async () => {
        const started = performance.now();
        const result = await grading.runPythonCases({ ...job, sandbox: pool });
        wallMs.push(performance.now() - started);
        statuses.push(result.status);
      },
    });
    return { runs, rate, wallMs: summarize(wallMs), statuses: countBy(statuses) };
  } finally {
    await pool.close();
  }
}

module.exports = { sandboxBaseline };
