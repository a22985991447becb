// What the database says about the benchmark's submissions: read after a phase (not polled
// through the API) so that measuring adds no load to what is measured.
'use strict';

const { delay } = require('./driver');

/** How many of the submissions' first grading runs have no result yet. */
async function unfinishedCount(pool, ids) {
  if (!ids.length) return 0;
  const { rows } = await pool.query('SELECT count(*)::int AS n FROM grading_runs WHERE run_number = 1 AND finished_at IS NULL AND submission_id = ANY($1::uuid[])', [ids]);
  return rows[0].n;
}

/**
 * Waits until every submission's first run is finished; resolves with how many are not when
 * `timeoutMs` passed or `stopped()` turned true. `progress(left)` hears every 10 s.
 * @param {import('pg').Pool} pool
 * @param {string[]} ids
 * @param {{ timeoutMs: number, stopped?: () => boolean, progress?: (left: number) => void }} options
 */
async function waitForGraded(pool, ids, { timeoutMs, stopped = () => false, progress = () => undefined }) {
  const deadline = Date.now() + timeoutMs;
  let lastProgress = Date.now();
  for (;;) {
    const left = await unfinishedCount(pool, ids);
    if (left === 0 || Date.now() > deadline || stopped()) return left;
    if (Date.now() - lastProgress >= 10000) {
      progress(left);
      lastProgress = Date.now();
    }
    await delay(200);
  }
}

/**
 * The first grading run of each submission, times in epoch milliseconds:
 * `{ id, status, graderAttempts, durationMs, createdAt, startedAt, finishedAt }`.
 * The API stamps `created_at` (PostgreSQL's clock), the grader `started_at` and `finished_at`
 * (its own): one machine, one clock.
 */
async function firstRuns(pool, ids) {
  if (!ids.length) return [];
  const { rows } = await pool.query(
    `SELECT submission_id, status, grader_attempts, duration_ms, created_at, started_at, finished_at
       FROM grading_runs WHERE run_number = 1 AND submission_id = ANY($1::uuid[])`,
    [ids],
  );
  const ms = (date) => (date ? date.getTime() : null);
  return rows.map((r) => ({
    id: r.submission_id,
    status: r.status,
    graderAttempts: r.grader_attempts,
    durationMs: r.duration_ms,
    createdAt: ms(r.created_at),
    startedAt: ms(r.started_at),
    finishedAt: ms(r.finished_at),
  }));
}

module.exports = { waitForGraded, firstRuns };
