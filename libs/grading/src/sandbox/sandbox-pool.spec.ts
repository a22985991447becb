import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pythonLimits } from '../python/python-limits';
import { runPythonCases, type PythonCase, type PythonJobOptions } from '../python/run-python-cases';
import { GraderFaultError } from '../python/spawn-python';
import { SandboxPool, type SandboxPoolOptions } from './sandbox-pool';

jest.setTimeout(30_000);

const isRoot = process.getuid?.() === 0;
// A range of its own, clear of the launcher's specs (60051–60052, in a parallel worker) and of
// graders running beside the tests (60001 + 64 per grader).
const FIRST_UID = 60101;

const pools: SandboxPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

function openPool(options: SandboxPoolOptions = {}): SandboxPool {
  const pool = new SandboxPool({ size: 1, firstUid: FIRST_UID, ...options });
  pools.push(pool);
  return pool;
}

const grade = (pool: SandboxPool, source: string, cases: PythonCase[], options: Partial<PythonJobOptions> = {}) =>
  runPythonCases({ source, cases, sandbox: pool, ...options });

const returns = (call: string, value: unknown = true): PythonCase[] => [{ name: call, call, expect: { value } }];

/**
 * Pids of the live processes of these uids. Zombies are left out: bubblewrap's namespace init
 * outlives its parent by design and waits, dead, for pid 1 to reap it.
 */
function processesOf(uids: number[]): number[] {
  const found = spawnSync('ps', ['-o', 'pid=,stat=', '-u', uids.join(',')], { encoding: 'utf8' });
  return found.stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([pid, stat]) => pid && !stat.startsWith('Z'))
    .map(([pid]) => Number(pid));
}

const warmPids = (pool: SandboxPool) => pool.status().map((s) => s.pid);

/** The interpreter inside a sandbox: bubblewrap, then the namespace's init, then Python. */
function interpreterOf(pid: number): number {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  return children.length === 0 ? pid : interpreterOf(children[0]);
}

describe('SandboxPool', () => {
  it('starts N warm sandboxes, each as the uid of its slot', async () => {
    const pool = openPool({ size: 2 });
    await pool.ready();
    expect(pool.status()).toEqual([
      { slot: 0, uid: FIRST_UID, state: 'warm', pid: expect.any(Number) },
      { slot: 1, uid: FIRST_UID + 1, state: 'warm', pid: expect.any(Number) },
    ]);
    if (isRoot) {
      expect(processesOf([FIRST_UID]).length).toBeGreaterThan(0);
      expect(processesOf([FIRST_UID + 1]).length).toBeGreaterThan(0);
    }

    const source = 'import os, time\ndef uid():\n    time.sleep(0.3)\n    return os.getuid()\n';
    const results = await Promise.all([0, 1].map(() => grade(pool, source, [{ name: 'uid', call: 'uid', expect: { value: 0 } }])));
    const uids = results.map((r) => r.cases[0].message.match(/got (\d+)/)?.[1]).map(Number);
    if (isRoot) expect(uids.sort()).toEqual([FIRST_UID, FIRST_UID + 1]);
    else expect(uids).toEqual([process.getuid?.(), process.getuid?.()]);
  });

  it('passes a normal submission', async () => {
    const result = await grade(openPool(), 'def add(a, b):\n    return a + b\n', [
      { name: 'ints', call: 'add', args: [1, 2], expect: { value: 3 } },
      { name: 'text', call: 'add', args: ['a', 'b'], expect: { value: 'ab' } },
    ]);
    expect(result).toMatchObject({ status: 'passed', passedCount: 2 });
  });

  it('gives each submission a sandbox of its own and replaces it afterwards', async () => {
    const pool = openPool();
    await pool.ready();
    // A reused process would still hold the flag; a reused scratch folder, the file.
    const source = [
      'import builtins, os',
      'def fresh():',
      '    seen = hasattr(builtins, "seen_before") or os.path.exists("/work/seen")',
      '    builtins.seen_before = True',
      '    open("/work/seen", "w").close()',
      '    return not seen',
    ].join('\n');
    const pids = [warmPids(pool)[0]];
    for (let i = 0; i < 3; i += 1) {
      expect((await grade(pool, source, returns('fresh'))).status).toBe('passed');
      await pool.ready();
      pids.push(warmPids(pool)[0]);
    }
    expect(new Set(pids).size).toBe(4);
  });

  it('makes a submission wait while every sandbox is busy', async () => {
    const pool = openPool();
    await pool.ready();
    const started = performance.now();
    const slow = grade(pool, 'import time\ndef nap():\n    time.sleep(1)\n    return True\n', returns('nap')).then((r) => ({ r, at: performance.now() - started }));
    const quick = grade(pool, 'def now():\n    return True\n', returns('now')).then((r) => ({ r, at: performance.now() - started }));
    const [first, second] = await Promise.all([slow, quick]);
    expect([first.r.status, second.r.status]).toEqual(['passed', 'passed']);
    expect(second.at).toBeGreaterThan(first.at);
    // Its clock started when its job was written, not when it began to wait.
    expect(second.r.durationMs).toBeLessThan(1000);
  });

  it('starts the wall clock when the job is written, not when the sandbox started', async () => {
    const pool = openPool();
    await pool.ready();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const result = await grade(pool, 'def ok():\n    return True\n', returns('ok'), { limits: { ...pythonLimits(), wallSeconds: 1 } });
    expect(result.status).toBe('passed');
  });

  it('counts CPU time from the job: preloading is not the learner’s', async () => {
    const pool = openPool({ preload: ['numpy', 'pandas'] });
    const source = [
      'import resource, time',
      'def spin():',
      '    start = time.process_time()',
      '    while time.process_time() - start < 0.7:',
      '        pass',
      '    usage = resource.getrusage(resource.RUSAGE_SELF)',
      '    return usage.ru_utime + usage.ru_stime > 1',
    ].join('\n');
    const result = await grade(pool, source, returns('spin'), { limits: { ...pythonLimits({ timeLimitSeconds: 1 }), wallSeconds: 20 } });
    expect(result.cases[0]).toMatchObject({ passed: true });
  });

  it('has the preloaded modules imported before the learner’s code runs, and shows nothing else new', async () => {
    const pool = openPool({ preload: ['statistics', 'numpy'] });
    await pool.ready();
    const source = [
      'import sys',
      'LOADED = sorted(m for m in ("numpy", "statistics") if m in sys.modules)',
      'def loaded():',
      '    return LOADED',
      'def argv():',
      '    return sys.argv',
    ].join('\n');
    const result = await grade(pool, source, [
      { name: 'loaded', call: 'loaded', expect: { value: ['numpy', 'statistics'] } },
      { name: 'argv', call: 'argv', expect: { value: ['-c'] } },
    ]);
    expect(result.cases.map((c) => c.message)).toEqual(['', '']);
  });

  it('replaces a warm sandbox that died while waiting and gives the job to another', async () => {
    const pool = openPool({ size: 2 });
    await pool.ready();
    const before = warmPids(pool);
    // As the OOM killer would: the interpreter, the largest process. Both died an instant ago;
    // the pool may not have noticed yet.
    for (const pid of before) process.kill(interpreterOf(pid as number), 'SIGKILL');
    const result = await grade(pool, 'def ok():\n    return True\n', returns('ok'));
    expect(result.status).toBe('passed');
    await pool.ready();
    expect(warmPids(pool).some((pid) => before.includes(pid))).toBe(false);
  });

  it('runs the trusted checks in a fresh sandbox of the same slot', async () => {
    const checks = 'def is_sorted(args, kwargs, outcome):\n    return outcome["value"] == sorted(args[0]), "not sorted"\n';
    const result = await grade(openPool(), 'def tidy(xs):\n    return sorted(xs)\n', [{ name: 'sorted', call: 'tidy', args: [[3, 1, 2]], expect: { check: 'is_sorted' } }], { checks });
    expect(result.cases[0]).toMatchObject({ passed: true, message: '' });
  });

  it('reports sandboxes that cannot start as a grader fault, with the reason', async () => {
    const pool = openPool({ preload: ['no_such_module'] });
    await expect(pool.ready()).rejects.toThrow(/ModuleNotFoundError: No module named 'no_such_module'/);
    const failed = grade(pool, 'def ok():\n    return True\n', returns('ok'));
    await expect(failed).rejects.toThrow(GraderFaultError);
    await expect(failed).rejects.toThrow(/no sandbox could start/);
  });

  it('leaves no process behind when closed, even with a submission running', async () => {
    const pool = openPool({ size: 2 });
    await pool.ready();
    const source = 'import os, time\ndef fork():\n    if os.fork() == 0:\n        time.sleep(60)\n    time.sleep(60)\n';
    const running = grade(pool, source, returns('fork')).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await pool.close();
    expect(await running).toBeInstanceOf(GraderFaultError);
    if (isRoot) expect(processesOf([FIRST_UID, FIRST_UID + 1])).toEqual([]);
    await expect(grade(pool, 'def ok():\n    return True\n', returns('ok'))).rejects.toThrow(/closed/);
  });

  it('refuses options that would break isolation', () => {
    expect(() => openPool({ size: 0 })).toThrow(RangeError);
    expect(() => openPool({ preload: ['os; import this'] })).toThrow(/not a module name/);
    openPool({ size: 2 });
    expect(() => openPool({ firstUid: FIRST_UID + 1 })).toThrow(/belong to another open sandbox pool/);
  });
});
