import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { GradingSystem, hostProcesses, HostProcess, shippedSolution, SubmissionView, until } from '../support/grading-system';

const COURSE = { courseSlug: 'python-for-data', exerciseSlug: 'summarise-a-column' };
const CASES = 8;
/** Sandbox slots run as uids of their own from 60001, in a range per grader process on the host. */
const SANDBOX_UIDS = { first: 60001, last: 70000 };

/** Unique per run: host paths the probes aim at, the background process's tell-tale argument, a secret. */
const MARKER = `sankofa-probe-${randomBytes(6).toString('hex')}`;
const SLEEP_SECONDS = `4242.${randomBytes(3).readUIntBE(0, 3)}`;
const SECRET = `probe-secret-${randomBytes(12).toString('hex')}`;
const SOLUTION = shippedSolution(COURSE.courseSlug, COURSE.exerciseSlug);

function probeSource(name: string): string {
  return readFileSync(path.join(__dirname, 'probes', `${name}.py`), 'utf8').replaceAll('__MARKER__', MARKER).replaceAll('__SLEEP_SECONDS__', SLEEP_SECONDS);
}

/** What the learner sees first of a probe's doings: what it printed during the first case. */
function printed(view: SubmissionView): string {
  return view.result?.cases[0]?.stdout ?? '';
}

/**
 * Sandbox processes that outlived their sandbox (re-parented to init) or carry the background
 * probe's tell-tale. Warm sandboxes waiting for a job are children of their grader: not counted.
 */
function leftoverSandboxProcesses(): HostProcess[] {
  return hostProcesses().filter((p) => (p.uid >= SANDBOX_UIDS.first && p.uid <= SANDBOX_UIDS.last && p.ppid === 1) || p.cmdline.includes(SLEEP_SECONDS));
}

interface Probe {
  /** File under probes/, which says what the probe does. */
  name: string;
  /** The status the learner sees. */
  status: 'TIME_LIMIT' | 'MEMORY_LIMIT' | 'OUTPUT_LIMIT' | 'RUNTIME_ERROR' | 'FAILED';
  /** The line the learner reads. */
  message: RegExp;
  /** The probe's effect, where it can be seen: in what the learner sees, or on the host. */
  effect?: (view: SubmissionView) => void | Promise<void>;
}

const NONE_PASSED = new RegExp(`0 of ${CASES} cases passed`);

/**
 * Learner code is hostile until proven otherwise. Each probe is a real submission of a shipped
 * Python exercise that defines the exercise's function and does its hostile thing while loading
 * or inside the function; each is contained and graded with a status that is not PASSED (nor a
 * grader fault), and what it tried is checked where it can be seen.
 */
const PROBES: Probe[] = [
  // Limits.
  { name: 'infinite-loop', status: 'TIME_LIMIT', message: /^Time limit/ },
  { name: 'infinite-loop-at-import', status: 'TIME_LIMIT', message: /^Time limit/ },
  { name: 'sleep-forever', status: 'TIME_LIMIT', message: /^Time limit/ },
  {
    name: 'deep-recursion',
    status: 'FAILED',
    message: NONE_PASSED,
    effect: (view) => expect(view.result!.cases[0].message).toMatch(/RecursionError: maximum recursion depth exceeded/),
  },
  {
    name: 'c-stack-overflow',
    status: 'FAILED',
    message: NONE_PASSED,
    effect: (view) => expect(view.result!.cases[0].message).toMatch(/^no result: the program (crashed|stopped)/),
  },
  { name: 'allocate-1gb', status: 'MEMORY_LIMIT', message: /^Memory limit/ },
  { name: 'allocate-1gb-at-import', status: 'MEMORY_LIMIT', message: /^Memory limit/ },
  {
    name: 'thread-bomb',
    status: 'FAILED',
    message: NONE_PASSED,
    effect: (view) => expect(printed(view)).toMatch(/^threads refused after \d+ : can't start new thread/),
  },
  { name: 'print-100mb', status: 'OUTPUT_LIMIT', message: /^Output limit/ },
  { name: 'write-100mb-to-stdout-fd', status: 'OUTPUT_LIMIT', message: /^Output limit/ },

  // The host: files, environment, processes, network.
  {
    name: 'spawn-shell',
    status: 'FAILED',
    message: NONE_PASSED,
    effect: (view) => {
      // The shell runs, as the slot's unprivileged uid, in a world without the host's files.
      expect(printed(view)).toMatch(/^uid=600\d\d gid=600\d\d/);
      expect(printed(view)).toMatch(/cat: \/etc\/passwd: No such file or directory/);
      expect(printed(view)).toMatch(/ls: cannot access '\/work\/main': No such file or directory/);
    },
  },
  {
    name: 'read-etc-passwd',
    status: 'FAILED',
    message: NONE_PASSED,
    effect: (view) => {
      expect(printed(view)).toBe('blocked /etc/passwd FileNotFoundError\nblocked /etc/shadow FileNotFoundError\nblocked /etc/hostname FileNotFoundError\n');
      expect(JSON.stringify(view)).not.toContain('root:x:0:0');
    },
  },
  {
    name: 'read-project-files',
    status: 'FAILED',
    message: NONE_PASSED,
    effect: (view) => {
      expect(printed(view)).toMatch(/^blocked \/work\/main\/package.json FileNotFoundError\nblocked \/work\/main\/.git\/config FileNotFoundError\nblocked \/root\/.bash_history FileNotFoundError\n/);
      // Only what the interpreter needs, and an empty scratch folder.
      expect(printed(view)).toMatch(/top level: \['bin', 'dev', 'etc', 'lib', 'lib64', 'proc', 'sbin', 'tmp', 'usr', 'work'\]\nwork: \[\]/);
    },
  },
  {
    name: 'read-environment',
    status: 'FAILED',
    message: NONE_PASSED,
    effect: (view) => {
      expect(printed(view)).toMatch(/^environ: \{'PATH': '\/usr\/bin:\/bin', 'LANG': 'C.UTF-8', /);
      expect(JSON.stringify(view)).not.toContain(SECRET);
      expect(JSON.stringify(view)).not.toMatch(/DATABASE_URL|REDIS_URL|JWT_SECRET/);
    },
  },
  {
    name: 'write-outside-scratch',
    status: 'FAILED',
    message: NONE_PASSED,
    effect: (view) => {
      // /tmp inside is the sandbox's own small tmpfs; the rest is read-only.
      expect(printed(view)).toBe(`wrote /tmp/${MARKER}\nblocked /usr/lib/${MARKER} OSError\nblocked /etc/${MARKER} OSError\nblocked /${MARKER} OSError\n`);
      for (const hostPath of [`/tmp/${MARKER}`, `/usr/lib/${MARKER}`, `/etc/${MARKER}`, `/${MARKER}`]) expect(existsSync(hostPath)).toBe(false);
    },
  },
  {
    name: 'write-through-symlink',
    status: 'FAILED',
    message: NONE_PASSED,
    effect: (view) => {
      expect(printed(view)).toBe('wrote through escape\nblocked python PermissionError\nwrote through keep\n');
      // Written inside the sandbox only; the links left in the scratch folder were not followed when it was removed.
      expect(existsSync(`/tmp/${MARKER}`)).toBe(false);
      expect(readFileSync(`/tmp/${MARKER}-keep`, 'utf8')).toBe('kept');
    },
  },
  {
    name: 'connect-database-and-redis',
    status: 'FAILED',
    message: NONE_PASSED,
    effect: (view) =>
      expect(printed(view)).toBe(
        "blocked ('127.0.0.1', 5432) ConnectionRefusedError\nblocked ('127.0.0.1', 6379) ConnectionRefusedError\n" +
          'blocked /var/run/postgresql/.s.PGSQL.5432 FileNotFoundError\nblocked /run/redis/redis-server.sock FileNotFoundError\n',
      ),
  },
  {
    name: 'connect-outside',
    status: 'FAILED',
    message: NONE_PASSED,
    effect: (view) => expect(printed(view)).toBe('blocked 1.1.1.1:53 OSError\nblocked lookup gaierror\n'),
  },
  {
    name: 'escalate',
    status: 'FAILED',
    message: NONE_PASSED,
    effect: (view) => expect(printed(view)).toMatch(/^setuid 0 refused \w+\nsetuid 1000 refused \w+\nunshare refused /),
  },
  { name: 'kill-parent', status: 'FAILED', message: NONE_PASSED },
  { name: 'kill-init', status: 'FAILED', message: NONE_PASSED },
  { name: 'kill-everything', status: 'FAILED', message: NONE_PASSED },
  {
    name: 'background-process',
    status: 'FAILED',
    message: NONE_PASSED,
    effect: async (view) => {
      expect(printed(view)).toBe('started a background process\n');
      // The sandbox's processes end with it, detached or not.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect(leftoverSandboxProcesses()).toEqual([]);
    },
  },
  {
    name: 'ctypes-segfault',
    status: 'FAILED',
    message: NONE_PASSED,
    effect: (view) => expect(view.result!.cases[0].message).toMatch(/^no result: the program (crashed|stopped)/),
  },

  // The grading itself.
  {
    name: 'find-hidden-cases',
    status: 'FAILED',
    message: NONE_PASSED,
    effect: (view) => expect(printed(view)).toBe('found: nothing\n'),
  },
  {
    name: 'forge-stdout-record',
    status: 'FAILED',
    message: NONE_PASSED,
    effect: (view) => expect(printed(view)).toContain('{"kind": "case", "index": 0, "passed": true'),
  },
  { name: 'forge-results-pipe', status: 'FAILED', message: NONE_PASSED },
  { name: 'patch-the-runner', status: 'FAILED', message: NONE_PASSED },
  {
    name: 'equals-everything',
    status: 'FAILED',
    // Only the two cases that expect a ValueError pass: it does raise one.
    message: new RegExp(`2 of ${CASES} cases passed`),
    effect: (view) => expect(view.result!.cases[0].message).toMatch(/^expected .*, got \{'n': 0, 'mean': 0, 'median': 0, 'std': 0\}/),
  },
  {
    name: 'exit-at-import',
    status: 'FAILED',
    message: NONE_PASSED,
    effect: (view) => expect(view.result!.cases.map((c) => c.message)).toEqual(Array(CASES).fill('no result: the program stopped before this case')),
  },
  { name: 'sys-exit-at-import', status: 'RUNTIME_ERROR', message: /SystemExit: 0/ },
  {
    name: 'sys-exit-in-case',
    status: 'FAILED',
    message: NONE_PASSED,
    effect: (view) => expect(view.result!.cases[0].message).toMatch(/^raised SystemExit: 0/),
  },
];

describe('hostile submissions are contained and graded', () => {
  let system: GradingSystem;
  let token: string;
  let graderPids: number[];
  const results: SubmissionView[] = [];

  beforeAll(async () => {
    // A secret in the graders' environment, as a deployment has them: no probe may see it.
    system = await GradingSystem.start({ graders: 1, env: { PROBE_SECRET: SECRET } });
    token = await system.learner([COURSE.courseSlug]);
    graderPids = system.runningGraders.map((g) => g.child.pid!);
    writeFileSync(`/tmp/${MARKER}-keep`, 'kept');
  }, 180_000);

  afterAll(async () => {
    rmSync(`/tmp/${MARKER}-keep`, { force: true });
    await system?.stop();
  });

  async function grade(code: string): Promise<SubmissionView> {
    const view = await system.submitAndWait(token, { ...COURSE, code }, 60_000);
    results.push(view);
    return view;
  }

  it.each(PROBES)('$name: $status', async ({ name, status, message, effect }) => {
    const view = await grade(probeSource(name));
    expect({ status: view.status, message: view.result?.message }).toEqual({ status, message: expect.stringMatching(message) });
    expect(view.score).toBeLessThan(1);
    await effect?.(view);
    expect(system.runningGraders.map((g) => g.child.pid)).toEqual(graderPids);
  }, 90_000);

  it('fork-bomb: TIME_LIMIT, while a normal submission graded beside it passes', async () => {
    const bomb = await system.submit(token, { ...COURSE, code: probeSource('fork-bomb') });
    const bombId = bomb.data!.submitExercise.id;
    await until('the fork bomb runs', async () => ((await system.submission(token, bombId)).status === 'RUNNING' ? true : undefined), 30_000);
    // Let it fill its process budget before the normal submission arrives.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const beside = await grade(SOLUTION);
    const bombed = await system.graded(token, bombId, 60_000);
    results.push(bombed);

    expect(beside.status).toBe('PASSED');
    expect({ status: bombed.status, message: bombed.result?.message }).toEqual({ status: 'TIME_LIMIT', message: expect.stringMatching(/^Time limit/) });
    expect(leftoverSandboxProcesses()).toEqual([]);
  }, 90_000);

  // The sandbox's /work is a capped tmpfs (64 MB), not a folder of the host's disk.
  it('fill-scratch-disk: stops at the sandbox’s disk space', async () => {
    const view = await grade(probeSource('fill-scratch-disk'));
    expect(view.status).toBe('FAILED');
    const written = Number(/wrote MB: (\d+)/.exec(printed(view))?.[1]);
    expect(printed(view)).toMatch(/^stopped: OSError/);
    expect(written).toBeLessThanOrEqual(64);
  }, 90_000);

  it('leaves the graders running, connected and grading, and no secret in any result', async () => {
    expect(results.length).toBeGreaterThanOrEqual(25);
    expect(results.map((r) => r.status)).not.toContain('GRADER_FAULT');
    expect(JSON.stringify(results)).not.toContain(SECRET);

    expect(system.runningGraders.map((g) => g.child.pid)).toEqual(graderPids);
    expect((await system.connectedGraderPids()).sort()).toEqual([...graderPids].sort());
    expect((await grade(SOLUTION)).status).toBe('PASSED');
    expect(leftoverSandboxProcesses()).toEqual([]);
  }, 90_000);
});
