import { chownSync, existsSync, lstatSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pythonLimits } from '../python/python-limits';
import { runPythonCases, type PythonCase, type PythonJobOptions } from '../python/run-python-cases';
import { bwrapLauncher, explainSandboxFailure, sandboxAvailable, type BwrapLauncherOptions } from './bwrap-launcher';

const isRoot = process.getuid?.() === 0;
// Slot uids of the specs; each spec that forks gets its own so leftovers cannot share a budget.
// RLIMIT_NPROC counts every process of a uid on the machine: these stay clear of the uids of
// graders running beside the tests (60001 + 64 per grader, a few slots each).
const SLOT_UID = 60051;
const BOMB_UID = 60052;

let scratch: string;

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sankofa-sandbox-'));
});
afterEach(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** Runs one learner function in the sandbox; `scratch` is its /work, owned by the slot's uid. */
async function runInSandbox(
  source: string,
  cases: PythonCase[],
  launcher: Partial<BwrapLauncherOptions> = {},
  options: Partial<PythonJobOptions> = {},
) {
  const uid = launcher.uid ?? SLOT_UID;
  if (isRoot) chownSync(scratch, uid, uid);
  return runPythonCases({
    source,
    cases,
    launcher: bwrapLauncher({ uid, scratchDir: scratch, memoryBytes: 512 * 1024 * 1024, ...launcher }),
    cwd: scratch,
    ...options,
  });
}

const probe = (call: string, value: unknown = true): PythonCase[] => [{ name: call, call, expect: { value } }];

describe('bwrapLauncher', () => {
  it('builds the prefix: uid switch when root, limits, namespaces, and no host root bind', () => {
    const prefix = bwrapLauncher({ uid: 60010, scratchDir: '/srv/slot', maxProcesses: 7, cpuSeconds: 3, fileSizeBytes: 1000, memoryBytes: 2048 });
    if (isRoot) expect(prefix.slice(0, 5)).toEqual(['setpriv', '--reuid=60010', '--regid=60010', '--clear-groups', '--no-new-privs']);
    else expect(prefix[0]).toBe('prlimit');
    const joined = prefix.join(' ');
    expect(joined).toContain('prlimit --nproc=7 --cpu=3 --fsize=1000 --as=2048 --core=0 -- bwrap --unshare-all');
    for (const flag of ['--die-with-parent', '--new-session', '--cap-drop ALL', '--clearenv', '--proc /proc', '--dev /dev', '--bind /srv/slot /work', '--chdir /work']) {
      expect(joined).toContain(flag);
    }
    expect(joined).toContain('--ro-bind /usr /usr');
    expect(joined).not.toMatch(/--(ro-)?bind \/ \//);
    expect(prefix.at(-1)).toBe('--');
  });

  it('mirrors the merged-/usr links of the host and gives a tmpfs /work without a scratch folder', () => {
    const prefix = bwrapLauncher({ uid: 60010 }).join(' ');
    if (lstatSync('/lib').isSymbolicLink()) expect(prefix).toContain('--symlink usr/lib /lib');
    expect(prefix).toMatch(/--tmpfs \/work/);
  });

  it('rejects nonsensical limits', () => {
    expect(() => bwrapLauncher({ uid: 0 })).toThrow(RangeError);
    expect(() => bwrapLauncher({ uid: 60001, maxProcesses: 0 })).toThrow(RangeError);
    expect(() => bwrapLauncher({ uid: 60001, cpuSeconds: 1.5 })).toThrow(RangeError);
  });
});

describe('sandboxAvailable', () => {
  it('starts a real sandbox here', async () => {
    await expect(sandboxAvailable()).resolves.toEqual({ ok: true });
  });

  it('names a missing interpreter', async () => {
    await expect(sandboxAvailable({ python: '/nonexistent/python3' })).resolves.toEqual({ ok: false, reason: 'no interpreter at /nonexistent/python3' });
  });

  it('explains refused user namespaces and other failures', () => {
    expect(explainSandboxFailure('bwrap: No permission to create user namespace', 1)).toMatch(/user namespaces are refused/);
    expect(explainSandboxFailure('python3: error while loading shared libraries', 127)).toMatch(/exit code 127/);
  });
});

describe('learner code in the sandbox', () => {
  it('passes a normal submission, results arriving through fd 3', async () => {
    const result = await runInSandbox('def add(a, b):\n    return a + b\n', [
      { name: 'small', call: 'add', args: [1, 2], expect: { value: 3 } },
      { name: 'text', call: 'add', args: ['a', 'b'], expect: { value: 'ab' } },
    ]);
    expect(result.status).toBe('passed');
    expect(result.passedCount).toBe(2);
  });

  it('imports numpy', async () => {
    const result = await runInSandbox('import numpy as np\ndef total():\n    return float(np.arange(10).sum())\n', probe('total', 45));
    expect(result.status).toBe('passed');
  });

  it('sees only /usr and its own folders, and writes its scratch folder at /work', async () => {
    const expected = ['bin', 'dev', 'etc', 'lib', 'lib32', 'lib64', 'libx32', 'proc', 'sbin', 'tmp', 'usr', 'work'].filter(
      (name) => ['dev', 'etc', 'proc', 'tmp', 'usr', 'work'].includes(name) || existsSync(`/${name}`),
    );
    const source = [
      'import os',
      'def root():',
      '    return sorted(os.listdir("/"))',
      'def etc():',
      '    return sorted(os.listdir("/etc"))',
      'def scratch():',
      '    open("note.txt", "w").write("hi")',
    '    open("/tmp/scratch.txt", "w").write("tmp is writable")',
      '    return os.getcwd()',
    ].join('\n');
    const result = await runInSandbox(source, [
      { name: 'root', call: 'root', expect: { value: expected } },
      { name: 'etc', call: 'etc', expect: { value: ['alternatives', 'ld.so.cache'] } },
      { name: 'scratch', call: 'scratch', expect: { value: '/work' } },
    ]);
    expect(result.cases.map((c) => [c.name, c.passed, c.message])).toEqual([
      ['root', true, ''],
      ['etc', true, ''],
      ['scratch', true, ''],
    ]);
    expect(readFileSync(join(scratch, 'note.txt'), 'utf8')).toBe('hi');
  });

  it.each([
    ['/etc/passwd', 'open("/etc/passwd").read()'],
    ['/work/../ (the host folder above the scratch)', 'open("/work/../root/.bashrc").read()'],
    ['the project', 'open("/work/../work/../work/main/package.json").read()'],
  ])('cannot read %s: FileNotFoundError', async (_what, statement) => {
    const result = await runInSandbox(`def probe():\n    ${statement}\n    return True\n`, probe('probe'));
    expect(result.status).toBe('failed');
    expect(result.cases[0]).toMatchObject({ passed: false, message: expect.stringMatching(/FileNotFoundError/) });
  });

  it('sees no secret of the host in its environment or in /proc', async () => {
    process.env['SANKOFA_FAKE_SECRET'] = 'fake-secret-4242';
    try {
      const source = [
        'import os',
        'def environ():',
        '    return sorted(os.environ)',
        'def proc_environ():',
        '    return "fake-secret-4242" in open("/proc/1/environ", "rb").read().decode("latin-1")',
        'def pids():',
        '    return len([p for p in os.listdir("/proc") if p.isdigit()]) < 5',
      ].join('\n');
      const result = await runInSandbox(source, [
        { name: 'environ', call: 'environ', expect: { value: ['HOME', 'LANG', 'MKL_NUM_THREADS', 'OMP_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'PATH', 'PWD'] } },
        { name: 'proc', call: 'proc_environ', expect: { value: false } },
        { name: 'pids', call: 'pids', expect: { value: true } },
      ]);
      expect(result.cases.map((c) => [c.name, c.passed, c.message])).toEqual([
        ['environ', true, ''],
        ['proc', true, ''],
        ['pids', true, ''],
      ]);
    } finally {
      delete process.env['SANKOFA_FAKE_SECRET'];
    }
  });

  it.each([
    ['Redis on the loopback', '127.0.0.1', 6379],
    ['PostgreSQL on the loopback', '127.0.0.1', 5432],
    ['the internet', '1.1.1.1', 53],
  ])('cannot reach %s', async (_what, host, port) => {
    const source = `import socket\ndef probe():\n    socket.create_connection(("${host}", ${port}), timeout=2).close()\n    return True\n`;
    const result = await runInSandbox(source, probe('probe'));
    expect(result.status).toBe('failed');
    expect(result.cases[0]).toMatchObject({ passed: false, message: expect.stringMatching(/ConnectionRefusedError|OSError|unreachable/i) });
  });

  it.each(['/usr/lib/evil.txt', '/evil.txt', '/etc/evil.txt', '/proc/evil.txt'])('cannot write %s', async (path) => {
    const result = await runInSandbox(`def probe():\n    open("${path}", "w").write("x")\n    return True\n`, probe('probe'));
    expect(result.status).toBe('failed');
    expect(result.cases[0]).toMatchObject({ passed: false, message: expect.stringMatching(/OSError|PermissionError|FileNotFoundError|Read-only/) });
  });

  // Also without root: the sandbox then shares the developer's uid, whose many processes make
  // the very first fork fail, which is contained all the same.
  it('contains a fork bomb under maxProcesses: the fork fails with EAGAIN', async () => {
    const source = [
      'import os, time',
      'def bomb():',
      '    for _ in range(200):',
      '        if os.fork() == 0:',
      '            time.sleep(30)',
      '            os._exit(0)',
      '    return True',
    ].join('\n');
    const started = performance.now();
    const result = await runInSandbox(source, probe('bomb'), { uid: BOMB_UID, maxProcesses: 12 });
    expect(result.status).toBe('failed');
    expect(result.cases[0]).toMatchObject({ passed: false, message: expect.stringMatching(/BlockingIOError/) });
    // The sleeping children die with the sandbox's pid namespace instead of outliving the run.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('reports a 1 GB allocation as a MemoryError under memoryBytes', async () => {
    const result = await runInSandbox('def hog():\n    return len(bytearray(1024 * 1024 * 1024))\n', probe('hog', 1024 * 1024 * 1024));
    expect(result.status).toBe('memory_limit');
    expect(result.cases[0]).toMatchObject({ passed: false, message: expect.stringMatching(/MemoryError/) });
  });

  it('stops a sleeping submission at the wall clock', async () => {
    const result = await runInSandbox('import time\ndef nap():\n    time.sleep(30)\n', probe('nap'), {}, { limits: { ...pythonLimits(), wallSeconds: 1 } });
    expect(result).toMatchObject({ status: 'time_limit', exceeded: 'wall_time' });
    expect(result.cases[0].passed).toBe(false);
  });

  it('stops a CPU hog at the sandbox’s cpuSeconds, below the job’s own limit, as a CPU time limit', async () => {
    const started = performance.now();
    const result = await runInSandbox('def spin():\n    while True:\n        pass\n', probe('spin'), { cpuSeconds: 1 });
    expect(result).toMatchObject({ status: 'time_limit', exceeded: 'cpu_time' });
    expect(result.cases[0].passed).toBe(false);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
