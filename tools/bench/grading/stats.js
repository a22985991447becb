// Latency summaries: nearest-rank percentiles, so every figure reported is a measured value.
'use strict';

/**
 * The value below which `p` percent of the sorted values fall (nearest rank); null when empty.
 * @param {number[]} sorted ascending
 * @param {number} p 0 < p ≤ 100
 */
function percentile(sorted, p) {
  if (!sorted.length) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/**
 * `{ n, p50, p95, p99, max, mean }` of the finite values (others are ignored); figures are null
 * when there is none.
 * @param {Array<number | null | undefined>} values
 */
function summarize(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  const n = sorted.length;
  return {
    n,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: n ? sorted[n - 1] : null,
    mean: n ? sorted.reduce((sum, v) => sum + v, 0) / n : null,
  };
}

/** How many times each value occurs, most frequent first: `{ PASSED: 98, FAILED: 2 }`. */
function countBy(values) {
  const counts = new Map();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]));
}

module.exports = { percentile, summarize, countBy };
