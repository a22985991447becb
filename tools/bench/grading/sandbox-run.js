// The baseline: the same learner code graded by the grader's own sandbox code (built), called
// directly, one run at a time: no API, no queue, no database. What the full path adds on top of
// this is the overhead of the architecture.
'use strict';

const { requireBuilt } = require('./built-server');
const { summarize, countBy } = require('./stats');

/**
 * Runs the workload's submission `runs` times in the sandbox (after one warm-up run) and
 * summarizes the wall time of each: `{ runs, wallMs, statuses }`.
 * @param {{ document: { hidden: object, public: object }, input: { code: string } }} workload
 * @param {{ runs: number, poolSize: number }} options
 */
async function sandboxBaseline(workload, { runs, poolSize }) {
  const { Logger } = require('@nestjs/common');
  const { PythonSandbox } = requireBuilt('apps/grader/src/sandbox/python-sandbox.service');
  const { pythonJob } = requireBuilt('apps/grader/src/grading/kinds/python.grader');
  // The sandbox logs its start-up through Nest; the benchmark's output is the table.
  Logger.overrideLogger(false);
  const sandbox = new PythonSandbox({ grading: { sandbox: 'bubblewrap', sandboxPoolSize: poolSize } });
  await sandbox.onModuleInit();
  if (!sandbox.state.ok) throw new Error(`the sandbox cannot start: ${sandbox.state.reason}`);

  // The exercise as published: hidden cases and checks, limits from its public part.
  const job = pythonJob({ hiddenSpec: workload.document.hidden, publicSpec: workload.document.public }, workload.input.code);
  await sandbox.run(job);
  const wallMs = [];
  const statuses = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = await sandbox.run(job);
    wallMs.push(performance.now() - started);
    statuses.push(result.status);
  }
  return { runs, wallMs: summarize(wallMs), statuses: countBy(statuses) };
}

module.exports = { sandboxBaseline };
