'use strict';

const { checkTargets, formatReport, summarizePhase } = require('./report');

// Two accepted submissions and one refused, with their first runs as the database holds them.
const records = [
  { sentAt: 1000, respondedAt: 1050, id: 'a', error: null, resentAfter: 'NETWORK: ECONNRESET', subscribedAt: 1050, eventAt: 1400, eventStatus: 'PASSED' },
  // Graded before the API's answer reached the client: its push went out before the subscription.
  { sentAt: 1200, respondedAt: 1260, id: 'b', error: null, subscribedAt: 1260, eventAt: null, eventStatus: null },
  { sentAt: 1300, respondedAt: 1310, id: null, error: 'RATE_LIMITED', subscribedAt: null, eventAt: null, eventStatus: null },
];
const runs = [
  { id: 'a', status: 'PASSED', graderAttempts: 1, durationMs: 200, createdAt: 1040, startedAt: 1100, finishedAt: 1350 },
  { id: 'b', status: 'FAILED', graderAttempts: 2, durationMs: 3, createdAt: 1240, startedAt: 1245, finishedAt: 1250 },
];

describe('summarizePhase', () => {
  const phase = summarizePhase({ records, runs });

  it('counts what was sent, refused, graded and how', () => {
    expect(phase).toMatchObject({
      sent: 3,
      accepted: 2,
      rejected: { RATE_LIMITED: 1 },
      resent: { 'NETWORK: ECONNRESET': 1 },
      graded: 2,
      unfinished: 0,
      statuses: { PASSED: 1, FAILED: 1 },
      retriedByGrader: 1,
      eventsMissed: 1,
      eventsMissedStoredBeforeSubscribing: 1,
    });
  });

  it('measures from the client sending to the result stored and to the result pushed', () => {
    expect(phase.stored).toMatchObject({ n: 2, p50: 50, max: 350 });
    expect(phase.pushed).toMatchObject({ n: 1, p50: 400 });
  });

  it('splits the time into stages and the overhead over the grading itself', () => {
    expect(phase.stages.submitInserted).toMatchObject({ n: 2, p50: 40, max: 40 });
    expect(phase.stages.submitAnswered).toMatchObject({ n: 2, p50: 50, max: 60 });
    expect(phase.stages.queued).toMatchObject({ p50: 5, max: 60 });
    expect(phase.stages.grading).toMatchObject({ p50: 3, max: 200 });
    expect(phase.stages.graderBookkeeping).toMatchObject({ p50: 2, max: 50 });
    expect(phase.stages.pushAfterStored).toMatchObject({ n: 1, p50: 50 });
    expect(phase.overhead).toMatchObject({ p50: 47, max: 150 });
  });

  it('derives throughput from the first send to the last stored result', () => {
    expect(phase.drainSeconds).toBe(0.35);
    expect(phase.acceptSeconds).toBe(0.31);
    expect(phase.gradingsPerSecond).toBeCloseTo(2 / 0.35);
  });

  it('reports a grading still pending as unfinished, not as a latency', () => {
    const pending = summarizePhase({ records: records.slice(0, 1), runs: [{ ...runs[0], finishedAt: null }] });
    expect(pending).toMatchObject({ accepted: 1, graded: 0, unfinished: 1, gradingsPerSecond: 0, drainSeconds: null });
    expect(pending.stored.n).toBe(0);
  });
});

describe('checkTargets and formatReport', () => {
  const cpuMs = { api: 12, grader: 30, postgres: 8, client: 5, server: 50, gradingsPerSecondOnCpus: 40 };
  const steady = { ...summarizePhase({ records, runs }), cpuMs, apiAnswering: true, loadAverage: { before: 1.5, after: 2.25 } };
  const results = {
    typical: {
      rate: 5,
      durationSeconds: 60,
      burstSize: 100,
      steady,
      burst: { ...steady, gradingsPerSecond: 12.34 },
      baseline: { runs: 30, rate: 5, wallMs: { p50: 20, p95: 40 } },
      overheadP50Ms: 30,
      overheadRatio: 2.5,
    },
  };
  const targets = checkTargets(results);

  it('checks the targets of the workloads that ran, and only those', () => {
    expect(targets.map((t) => [t.what, t.value, t.met])).toEqual([
      ['p50 submit → result stored', 50, true],
      ['p95 submit → result stored', 350, true],
      ['p50 overhead over the bare sandbox', 30, true],
      ['throughput', 12.3, true],
    ]);
    expect(checkTargets({ quiz: { burst: { ...steady, gradingsPerSecond: 120 }, backlog: { ...steady, graderGradingsPerSecond: 320 } } }).map((t) => [t.what, t.met])).toEqual([
      ['grader throughput', true],
      ['burst submissions refused', false],
    ]);
  });

  it('prints the machine, both tables, the baseline and each target', () => {
    const text = formatReport({ results, targets, machine: { cpus: 2, cpuModel: 'Test CPU', memoryGb: 8, node: 'v20.20.2' } });
    expect(text).toContain('Machine: 2 CPUs (Test CPU), 8 GB, Node v20.20.2; 1-minute load average during the phases 1.5–2.3.');
    expect(text).toMatch(/typical\s+5\/s × 60s\s+3\s+1\s+2\s+1\s+50 ms\s+350 ms\s+350 ms\s+350 ms\s+5\.7\s+400 ms\s+1/);
    expect(text).toMatch(/typical\s+burst 100 .* 12\.3 /);
    expect(text).toContain('warm sandbox pool, 30 runs at 5/s: p50 20 ms, p95 40 ms.');
    expect(text).toMatch(/typical\s+5\/s × 60s\s+12 ms\s+30 ms\s+8 ms\s+50 ms\s+40\.0\s+5 ms/);
    expect(text).toContain('overhead 30 ms at p50 (× 2.50)');
    expect(text).toContain('met     typical burst: throughput 12.3 gradings/s (target ≥ 10 gradings/s)');
    expect(text).not.toContain('stopped answering');
  });

  it('says when the API stopped answering under the load', () => {
    const text = formatReport({ results: { typical: { ...results.typical, burst: { ...steady, apiAnswering: false } } }, targets: [], machine: { cpus: 2, cpuModel: 'Test CPU', memoryGb: 8, node: 'v20' } });
    expect(text).toContain('The API stopped answering during typical burst 100: later workloads were not run (see its log).');
  });
});
