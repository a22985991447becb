const { STEPS, failedTaskCollector, formatDuration, parseArgs, testCounter } = require('./run-all');

describe('parseArgs', () => {
  it('runs every step by default', () => {
    expect(parseArgs([]).only).toEqual(STEPS.map((s) => s.id));
  });

  it('accepts --only with one or more steps', () => {
    expect(parseArgs(['--only', 'integration']).only).toEqual(['integration']);
    expect(parseArgs(['--only=checks,e2e']).only).toEqual(['checks', 'e2e']);
  });

  it('refuses unknown steps and arguments', () => {
    expect(() => parseArgs(['--only', 'lint'])).toThrow(/unknown step lint/);
    expect(() => parseArgs(['--watch'])).toThrow(/unknown argument --watch/);
  });
});

describe('steps', () => {
  it('run lint, type check and tests first, the end-to-end test last, integration one project at a time', () => {
    expect(STEPS.map((s) => s.targets)).toEqual([['lint', 'typecheck', 'test'], ['integration'], ['schema-check', 'migration-check'], ['e2e']]);
    expect(STEPS.find((s) => s.id === 'integration').args).toContain('--parallel=1');
  });
});

describe('formatDuration', () => {
  it('shows seconds, then minutes', () => {
    expect(formatDuration(1234)).toBe('1.2s');
    expect(formatDuration(125000)).toBe('2m 05s');
  });
});

describe('failedTaskCollector', () => {
  it('reads the task names Nx lists under "Failed tasks"', () => {
    const collector = failedTaskCollector();
    const output = [
      ' NX   Running targets lint, test for 3 projects failed',
      '',
      'Failed tasks:',
      '',
      '- api:test',
      '\u001b[31m- db:lint\u001b[39m',
      '',
      'Hint: run with --verbose',
      '- not:a-task-any-more',
    ];
    output.forEach(collector.scan);
    expect(collector.tasks()).toEqual(['api:test', 'db:lint']);
  });
});

describe('testCounter', () => {
  it('adds up the closing counts of Jest and Vitest runs', () => {
    const counter = testCounter();
    [
      '\u001b[1mTests:       \u001b[22m\u001b[1m\u001b[32m99 passed\u001b[39m\u001b[22m, 99 total',
      'Tests:       1 failed, 3 skipped, 1 todo, 10 passed, 15 total',
      '      Tests  98 passed (98)',
      '      Tests  2 failed | 97 passed | 1 skipped (100)',
      'Test Suites: 2 passed, 2 total',
      'Tests passed in the end', // prose, not a count
    ].forEach(counter.scan);
    expect(counter.totals()).toEqual({ passed: 99 + 10 + 98 + 97, failed: 1 + 2, skipped: 3 + 1 + 1 });
  });
});
