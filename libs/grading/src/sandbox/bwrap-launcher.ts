import { spawn } from 'node:child_process';
import { existsSync, lstatSync, readlinkSync } from 'node:fs';

export interface BwrapLauncherOptions {
  /**
   * Unprivileged uid of this sandbox slot (60001 and up). Used only when the grader runs as
   * root: the kernel does not apply RLIMIT_NPROC to root, and the count is per uid, so each
   * slot that runs at the same time needs a uid of its own.
   */
  uid: number;
  /** Group of the slot; the uid when absent. */
  gid?: number;
  /**
   * Host folder seen read-write as `/work` (the working folder). It must be writable by `uid`
   * when the grader runs as root. A private tmpfs is used instead when absent.
   */
  scratchDir?: string;
  /** RLIMIT_NPROC: processes and threads of the uid, bubblewrap's own two included; 32 when absent. */
  maxProcesses?: number;
  /** RLIMIT_CPU in seconds; 10 when absent. The wall-clock limit of the caller still applies. */
  cpuSeconds?: number;
  /** RLIMIT_FSIZE: largest file the sandbox may write; 16 MB when absent. */
  fileSizeBytes?: number;
  /**
   * RLIMIT_AS of the whole sandbox; 1 GB when absent. The runner lowers it further to its own
   * `memoryMb`, which must not exceed this (a process cannot raise its hard limit).
   */
  memoryBytes?: number;
  /** Size of the private `/tmp` (and of `/work` without a scratchDir); 64 MB when absent. */
  tmpfsBytes?: number;
}

const DEFAULTS = {
  maxProcesses: 32,
  cpuSeconds: 10,
  fileSizeBytes: 16 * 1024 * 1024,
  memoryBytes: 1024 * 1024 * 1024,
  tmpfsBytes: 64 * 1024 * 1024,
};

/** Everything the interpreter sees of the host: Debian's /usr and the two /etc paths numpy needs. */
const READ_ONLY_PATHS = ['/usr', '/etc/alternatives', '/etc/ld.so.cache'];
/** Top-level folders that merged-/usr Debian makes symlinks into /usr; bound as they are on the host. */
const ROOT_LINKS = ['/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32'];

/** The environment inside the sandbox: nothing of the host's, so no secret can leak in. */
const SANDBOX_ENV: Record<string, string> = {
  PATH: '/usr/bin:/bin',
  LANG: 'C.UTF-8',
  HOME: '/work',
  // Multithreaded BLAS reserves memory per thread and counts against the process limit.
  OPENBLAS_NUM_THREADS: '1',
  OMP_NUM_THREADS: '1',
  MKL_NUM_THREADS: '1',
};

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function rootFilesystemArgs(): string[] {
  const args: string[] = [];
  for (const path of READ_ONLY_PATHS) args.push('--ro-bind', path, path);
  for (const path of ROOT_LINKS) {
    let stat;
    try {
      stat = lstatSync(path);
    } catch {
      continue; // absent on this architecture
    }
    if (stat.isSymbolicLink()) args.push('--symlink', readlinkSync(path), path);
    else args.push('--ro-bind', path, path);
  }
  return args;
}

function assertLimit(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) throw new RangeError(`${name} must be an integer ≥ ${min}, got ${value}`);
}

/**
 * The command prefix that runs an interpreter in a bubblewrap sandbox: pass it as `launcher` to
 * `runPythonCases`. Every namespace is new (no network, not even the host's loopback; its own
 * pids), no capabilities, an empty environment apart from `SANDBOX_ENV`, only `/usr` and the
 * paths numpy needs visible (read-only), private `/proc`, `/dev` and `/tmp`, and the scratch
 * folder at `/work`. Inherited file descriptors stay open, so the runner's result pipe (fd 3)
 * passes through.
 *
 * As root, `setpriv` first switches to the slot's unprivileged uid so the process limit holds
 * (root is exempt from it). A developer running the grader as themselves keeps their own uid:
 * the sandbox then shares, and counts against, that user's process budget.
 */
export function bwrapLauncher(options: BwrapLauncherOptions): string[] {
  const limits = { ...DEFAULTS, ...definedOnly(options) };
  const gid = options.gid ?? options.uid;
  assertLimit('uid', options.uid, 1);
  assertLimit('gid', gid, 1);
  assertLimit('maxProcesses', limits.maxProcesses, 1);
  assertLimit('cpuSeconds', limits.cpuSeconds, 1);
  assertLimit('fileSizeBytes', limits.fileSizeBytes, 0);
  assertLimit('memoryBytes', limits.memoryBytes, 1);
  assertLimit('tmpfsBytes', limits.tmpfsBytes, 1);

  const prefix: string[] = [];
  if (isRoot()) {
    prefix.push('setpriv', `--reuid=${options.uid}`, `--regid=${gid}`, '--clear-groups', '--no-new-privs');
  }
  prefix.push(
    'prlimit',
    `--nproc=${limits.maxProcesses}`,
    `--cpu=${limits.cpuSeconds}`,
    `--fsize=${limits.fileSizeBytes}`,
    `--as=${limits.memoryBytes}`,
    // Core dumps of a crashing submission would fill the scratch folder.
    '--core=0',
    '--',
  );
  prefix.push(
    'bwrap',
    '--unshare-all',
    // --unshare-all only tries the user namespace; --disable-userns needs it for certain.
    '--unshare-user',
    // Learner code must not build namespaces of its own (and with them a way around the limits).
    '--disable-userns',
    '--die-with-parent',
    // A new session: no TIOCSTI into the grader's terminal.
    '--new-session',
    '--cap-drop',
    'ALL',
    '--clearenv',
  );
  for (const [name, value] of Object.entries(SANDBOX_ENV)) prefix.push('--setenv', name, value);
  prefix.push(...rootFilesystemArgs());
  prefix.push('--proc', '/proc', '--dev', '/dev');
  prefix.push('--size', String(limits.tmpfsBytes), '--tmpfs', '/tmp');
  if (options.scratchDir !== undefined) prefix.push('--bind', options.scratchDir, '/work');
  else prefix.push('--size', String(limits.tmpfsBytes), '--tmpfs', '/work');
  // bwrap's root is a tmpfs of no fixed size: read-only, so only the capped /tmp and /work take writes.
  prefix.push('--remount-ro', '/');
  prefix.push('--chdir', '/work', '--');
  return prefix;
}

function definedOnly(options: BwrapLauncherOptions): Partial<typeof DEFAULTS> {
  const out: Partial<typeof DEFAULTS> = {};
  for (const key of Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[]) {
    const value = options[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

export type SandboxAvailability = { ok: true } | { ok: false; reason: string };

const PROBE_UID = 60000;

/**
 * Starts a sandbox once (`python3 -c 'print(1)'`) and says why it cannot run when it does not:
 * bubblewrap missing, user namespaces refused (sysctl, or a container's seccomp profile), no
 * interpreter. Call it when the grader starts, not per submission.
 */
export async function sandboxAvailable(
  options: { python?: string; uid?: number; timeLimitMs?: number } = {},
): Promise<SandboxAvailability> {
  const python = options.python ?? '/usr/bin/python3';
  if (!existsSync('/usr/bin/bwrap')) return { ok: false, reason: 'bubblewrap is missing: install bubblewrap: apt-get install -y bubblewrap' };
  if (!existsSync(python)) return { ok: false, reason: `no interpreter at ${python}` };
  if (isRoot() && !existsSync('/usr/bin/setpriv')) return { ok: false, reason: 'setpriv is missing: apt-get install -y util-linux' };
  if (!existsSync('/usr/bin/prlimit')) return { ok: false, reason: 'prlimit is missing: apt-get install -y util-linux' };

  const [command, ...args] = [...bwrapLauncher({ uid: options.uid ?? PROBE_UID }), python, '-I', '-c', 'print(1)'];
  const result = await new Promise<{ code: number | null; stdout: string; stderr: string; error?: Error }>((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: '/usr/bin:/bin' }, cwd: '/' });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeLimitMs ?? 10_000);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, stdout, stderr, error });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
  if (result.error) return { ok: false, reason: `cannot start ${command}: ${result.error.message}` };
  if (result.code === 0 && result.stdout.trim() === '1') return { ok: true };
  return { ok: false, reason: explainSandboxFailure(result.stderr, result.code) };
}

/** Turns the stderr of a sandbox that failed to start into the fix an operator needs. */
export function explainSandboxFailure(stderr: string, code: number | null): string {
  const detail = stderr.trim().split('\n').slice(-3).join(' ').slice(0, 500);
  if (/No permission to create user namespace|setting up uid map|Operation not permitted|unshare/i.test(stderr)) {
    return (
      'user namespaces are refused: enable them (sysctl kernel.unprivileged_userns_clone=1, ' +
      'user.max_user_namespaces > 0) or, in a container, allow unshare/clone in its seccomp profile' +
      (detail ? ` (${detail})` : '')
    );
  }
  if (code === null) return `the sandbox did not finish${detail ? ` (${detail})` : ''}`;
  return `the sandbox failed with exit code ${code}${detail ? `: ${detail}` : ''}`;
}
