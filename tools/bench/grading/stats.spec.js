'use strict';

const { countBy, percentile, summarize } = require('./stats');

describe('percentile', () => {
  it('picks a measured value by nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([1, 2, 3], 50)).toBe(2);
  });

  it('is null without values', () => {
    expect(percentile([], 50)).toBeNull();
  });
});

describe('summarize', () => {
  it('sorts, ignores what is not a number, and reports n, percentiles, max and mean', () => {
    expect(summarize([30, null, 10, undefined, 20, Number.NaN])).toEqual({ n: 3, p50: 20, p95: 30, p99: 30, max: 30, mean: 20 });
  });

  it('has null figures without values', () => {
    expect(summarize([])).toEqual({ n: 0, p50: null, p95: null, p99: null, max: null, mean: null });
  });
});

describe('countBy', () => {
  it('counts each value, most frequent first', () => {
    expect(Object.entries(countBy(['FAILED', 'PASSED', 'PASSED']))).toEqual([
      ['PASSED', 2],
      ['FAILED', 1],
    ]);
  });
});
