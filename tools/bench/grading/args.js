// Command-line options of the grading benchmark.
'use strict';

const { parseArgs } = require('node:util');
const { WORKLOAD_NAMES } = require('./workloads');

const USAGE = `Usage: node tools/bench/grading.js [options]

Starts the built API and grader on PostgreSQL and Redis, signs up learners, drives
submissions at a fixed arrival rate, then a burst, and prints latency percentiles and
throughput per workload. Results go to tmp/bench/grading-<date>.json.

  --workload <names>   ${WORKLOAD_NAMES.join('|')}|all, or a comma list (default all)
  --rate <n>           arrivals per second of the steady phase (default: per workload)
  --duration <s>       length of the steady phase in seconds (default 60)
  --burst <n>          submissions sent at once after it (default: per workload; 0 skips)
  --learners <n>       learners signed up and enrolled (default 200)
  --graders <n>        grader processes (default 1)
  --concurrency <n>    GRADER_CONCURRENCY: jobs per grader process (default: the product's)
  --pool-size <n>      SANDBOX_POOL_SIZE: warm sandboxes per grader process (default: the product's)
  --baseline-runs <n>  typical-Python runs straight in the sandbox at the steady rate, for the
                       overhead (default 30)
  -h, --help           this text

PostgreSQL and Redis: TEST_DATABASE_URL / TEST_REDIS_URL, else 127.0.0.1:5432 and :6379 when
they answer, else throwaway servers started for the run. A fresh database and Redis namespace
are used and removed afterwards, also on Ctrl-C.
`;

class UsageError extends Error {}

const NUMERIC_OPTIONS = {
  rate: { min: 0.1, integer: false },
  duration: { min: 1, integer: false },
  burst: { min: 0, integer: true },
  learners: { min: 1, integer: true },
  graders: { min: 1, integer: true },
  concurrency: { min: 1, integer: true },
  'pool-size': { min: 1, integer: true },
  'baseline-runs': { min: 1, integer: true },
};

function number(name, raw) {
  const { min, integer } = NUMERIC_OPTIONS[name];
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
    throw new UsageError(`--${name} must be ${integer ? 'an integer' : 'a number'} ≥ ${min}, got ${raw}`);
  }
  return value;
}

/**
 * Validates the arguments: `{ help: true }`, or the options with their defaults. Absent `rate`
 * and `burst` stay null (each workload has its own default), as do `concurrency` and
 * `poolSize` (the product's defaults apply).
 * @param {string[]} argv
 */
function parseBenchArgs(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        workload: { type: 'string', default: 'all' },
        help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries(Object.keys(NUMERIC_OPTIONS).map((name) => [name, { type: 'string' }])),
      },
    }));
  } catch (err) {
    throw new UsageError(err.message.split('\n')[0]);
  }
  if (values.help) return { help: true };

  const requested = values.workload.split(',').map((w) => w.trim()).filter(Boolean);
  const unknown = requested.filter((w) => w !== 'all' && !WORKLOAD_NAMES.includes(w));
  if (unknown.length || !requested.length) throw new UsageError(`--workload must name ${WORKLOAD_NAMES.join(', ')} or all; got ${values.workload}`);
  const workloads = requested.includes('all') ? [...WORKLOAD_NAMES] : WORKLOAD_NAMES.filter((w) => requested.includes(w));

  const given = (name, fallback) => (values[name] === undefined ? fallback : number(name, values[name]));
  return {
    help: false,
    workloads,
    rate: given('rate', null),
    durationSeconds: given('duration', 60),
    burst: given('burst', null),
    learners: given('learners', 200),
    graders: given('graders', 1),
    concurrency: given('concurrency', null),
    poolSize: given('pool-size', null),
    baselineRuns: given('baseline-runs', 30),
  };
}

module.exports = { USAGE, UsageError, parseBenchArgs };
