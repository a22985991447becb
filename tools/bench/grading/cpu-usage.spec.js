'use strict';

const { spawn } = require('node:child_process');
const { childProcesses, cpuPerGrading, processCpuMs } = require('./cpu-usage');

describe('processCpuMs and childProcesses', () => {
  it('read a process’s CPU time and its children from /proc', async () => {
    const child = spawn('sleep', ['30']);
    try {
      await new Promise((resolve) => child.once('spawn', resolve));
      expect(childProcesses(process.pid)).toContainEqual({ pid: child.pid, command: 'sleep 30' });
      expect(processCpuMs(process.pid)).toBeGreaterThan(0);
    } finally {
      child.kill();
    }
  });

  it('says null for a process that is gone', () => {
    expect(processCpuMs(2 ** 22 + 1)).toBeNull();
  });
});

describe('cpuPerGrading', () => {
  const sample = (api, grader, postgres, client) => ({
    api: new Map([[10, api]]),
    grader: new Map([[11, grader]]),
    postgres: new Map(postgres),
    client: new Map([[1, client]]),
  });

  it('divides each part’s CPU time between the samples by the gradings, per process', () => {
    // Backend 21 started during the phase; backend 20 ended (its time is lost, not negative).
    const before = sample(1000, 2000, [[20, 500]], 100);
    const after = sample(1400, 2800, [[21, 200]], 300);
    expect(cpuPerGrading(before, after, 10, 2)).toEqual({ api: 40, grader: 80, postgres: 20, client: 20, server: 140, gradingsPerSecondOnCpus: 2000 / 140 });
  });

  it('derives no capacity when told the parts miss a cost', () => {
    const before = sample(0, 0, [], 0);
    expect(cpuPerGrading(before, sample(100, 100, [], 0), 10, null)).toMatchObject({ server: 20, gradingsPerSecondOnCpus: null });
  });

  it('has nothing to say without gradings', () => {
    expect(cpuPerGrading(sample(0, 0, [], 0), sample(0, 0, [], 0), 0, 2)).toBeNull();
  });
});
