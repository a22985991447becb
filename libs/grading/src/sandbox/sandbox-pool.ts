import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_CPU_SECONDS, MAX_MEMORY_MB } from '../python/python-limits';
import type { PythonSandbox, SubmissionProcesses } from '../python/run-python-cases';
import { CHECKER_SCRIPT, isWarmLine, SandboxLostError, PYTHON_ENV, RUNNER_SCRIPT } from '../python/runner-protocol';
import { GraderFaultError, PythonProcess, type PythonInput } from '../python/spawn-python';
import { bwrapLauncher, explainSandboxFailure } from './bwrap-launcher';

/**
 * The standard library modules the shipped courses' exercises and examples import. Preloading
 * costs CPU time for every submission, used or not, so the list holds only what is common.
 */
export const DEFAULT_PRELOAD: readonly string[] = ['collections', 'csv', 'itertools', 'json', 'math', 'pathlib', 'random', 're', 'unicodedata'];

export interface SandboxPoolOptions {
  /** Sandboxes kept started, one submission each at a time; 2 when absent. */
  size?: number;
  /** Modules every sandbox imports before its job arrives; DEFAULT_PRELOAD when absent. */
  preload?: readonly string[];
  /**
   * Uid of slot 0 when the grader runs as root; slot i runs as `firstUid + i`, so RLIMIT_NPROC
   * holds per slot. 60001 when absent. Pools in one process need ranges that do not overlap.
   */
  firstUid?: number;
  /** Interpreter; `/usr/bin/python3` (Debian's, with numpy, pandas and scikit-learn) when absent. */
  python?: string;
  /** Folder under which the pool keeps its scratch folders; the system's temporary folder when absent. */
  scratchRoot?: string;
  /** Processes and threads of one sandbox (RLIMIT_NPROC of its uid); 32 when absent. */
  maxProcesses?: number;
  /** Largest file a sandbox may write; 16 MB when absent. */
  fileSizeBytes?: number;
  /** Size of a sandbox's private `/tmp`; 64 MB when absent. */
  tmpfsBytes?: number;
  /** Time a sandbox may take to start and import its preloads; 30000 ms when absent. */
  startTimeoutMs?: number;
}

export type SandboxState = 'starting' | 'warm' | 'busy' | 'failed';

export interface SandboxSlotStatus {
  slot: number;
  uid: number;
  state: SandboxState;
  /** Host pid of the sandbox (bubblewrap), when one is running. */
  pid: number | null;
}

interface Sandbox {
  process: PythonProcess;
  scratchDir: string;
}

interface Slot {
  index: number;
  uid: number;
  state: SandboxState;
  /** The sandbox started for the next submission, or running it. */
  sandbox: Sandbox | null;
  /** The checker of the slot's current submission, when its cases name checks. */
  checker: PythonProcess | null;
  /** Why the last start failed. */
  failure: string | null;
}

interface Waiter<T> {
  resolve: (value: T) => void;
  reject: (error: Error) => void;
}

const MODULE_NAME = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/;
/** A job whose sandbox died before taking it goes to another sandbox, at most this many times in all. */
const MAX_ATTEMPTS = 3;
/** The runner lowers both to the job's own limits; these bound the sandbox, preloading included. */
const SANDBOX_CPU_SECONDS = MAX_CPU_SECONDS + 30;
const SANDBOX_MEMORY_BYTES = MAX_MEMORY_MB * 1024 * 1024;
/** Uids held by open pools in this process: two slots sharing one would share a process budget. */
const uidsInUse = new Set<number>();

/**
 * Bubblewrap sandboxes started ahead of their submissions: the interpreter is running and the
 * preloaded modules are imported, blocked reading the job. Each sandbox takes exactly one
 * submission, then is destroyed (its processes killed, its scratch folder removed) and replaced in
 * the background. Pass the pool as `runPythonCases({ sandbox })`; a submission waits for a warm
 * sandbox when all are busy, and its wall clock starts when its job is written.
 */
export class SandboxPool implements PythonSandbox {
  private readonly slots: Slot[];
  private readonly folder: string;
  private readonly preload: readonly string[];
  private readonly python: string;
  private readonly waiting: Array<Waiter<Slot>> = [];
  private readonly readyWaiters: Array<Waiter<void>> = [];
  /** Sandboxes being killed and cleaned up after their submission. */
  private readonly disposing = new Set<Promise<void>>();
  private closing = false;

  constructor(private readonly options: SandboxPoolOptions = {}) {
    const size = options.size ?? 2;
    const firstUid = options.firstUid ?? 60001;
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`size must be a whole number ≥ 1, got ${size}`);
    if (!Number.isInteger(firstUid) || firstUid < 1) throw new RangeError(`firstUid must be a whole number ≥ 1, got ${firstUid}`);
    this.preload = options.preload ?? DEFAULT_PRELOAD;
    const badName = this.preload.find((name) => !MODULE_NAME.test(name));
    if (badName !== undefined) throw new RangeError(`not a module name: ${JSON.stringify(badName)}`);
    const uids = Array.from({ length: size }, (_, i) => firstUid + i);
    const taken = uids.filter((uid) => uidsInUse.has(uid));
    if (taken.length > 0) throw new RangeError(`uids ${taken.join(', ')} belong to another open sandbox pool`);
    uids.forEach((uid) => uidsInUse.add(uid));

    this.python = options.python ?? '/usr/bin/python3';
    this.folder = mkdtempSync(join(options.scratchRoot ?? tmpdir(), 'sankofa-sandboxes-'));
    // Slot uids must traverse this folder to reach their own scratch folder; listing it is not needed.
    chmodSync(this.folder, 0o711);
    this.slots = uids.map((uid, index) => ({ index, uid, state: 'starting', sandbox: null, checker: null, failure: null }));
    for (const slot of this.slots) this.start(slot);
  }

  /**
   * Resolves once every slot holds a started sandbox (warm or busy).
   * @throws GraderFaultError when a sandbox cannot start, with the reason.
   */
  ready(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.readyWaiters.push({ resolve, reject });
      this.changed();
    });
  }

  status(): SandboxSlotStatus[] {
    return this.slots.map((slot) => ({ slot: slot.index, uid: slot.uid, state: slot.state, pid: slot.sandbox?.process.pid ?? null }));
  }

  async withSubmission<T>(grade: (processes: SubmissionProcesses) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      const slot = await this.acquire();
      const sandbox = slot.sandbox as Sandbox;
      try {
        return await grade(this.processesOf(slot, sandbox));
      } catch (error) {
        if (!(error instanceof SandboxLostError) || attempt >= MAX_ATTEMPTS) throw error;
      } finally {
        this.retire(slot, sandbox);
      }
    }
  }

  /** Kills every sandbox and removes the scratch folders; submissions in progress fail as grader faults. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    const closed = new GraderFaultError('the sandbox pool is closed');
    for (const waiter of this.waiting.splice(0)) waiter.reject(closed);
    for (const waiter of this.readyWaiters.splice(0)) waiter.reject(closed);
    const processes = this.slots.flatMap((slot) => [slot.sandbox?.process, slot.checker]).filter((p): p is PythonProcess => p != null);
    for (const process of processes) process.kill();
    await Promise.all([...processes.map((process) => process.closed), ...this.disposing]);
    rmSync(this.folder, { recursive: true, force: true });
    for (const slot of this.slots) uidsInUse.delete(slot.uid);
  }

  private start(slot: Slot): void {
    slot.state = 'starting';
    slot.failure = null;
    let scratchDir: string;
    try {
      scratchDir = this.scratchDir(slot);
    } catch (error) {
      this.fail(slot, `cannot create a scratch folder: ${(error as Error).message}`);
      return;
    }
    const runner = new PythonProcess({
      python: this.python,
      launcher: this.launcher(slot),
      script: RUNNER_SCRIPT,
      args: this.preload,
      cwd: scratchDir,
      env: PYTHON_ENV,
    });
    const sandbox: Sandbox = { process: runner, scratchDir };
    slot.sandbox = sandbox;
    const startTimeoutMs = this.options.startTimeoutMs ?? 30_000;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      runner.kill();
    }, startTimeoutMs);

    void runner.firstResultLine.then((line) => {
      clearTimeout(timer);
      if (slot.sandbox !== sandbox || this.closing) return;
      if (isWarmLine(line) && runner.alive) {
        slot.state = 'warm';
        this.changed();
        return;
      }
      slot.sandbox = null;
      void this.dispose(sandbox);
      if (timedOut) this.fail(slot, `it did not start within ${startTimeoutMs} ms`);
      else if (runner.startError) this.fail(slot, runner.startError.message);
      else this.fail(slot, explainSandboxFailure(runner.stderr, runner.exitCode));
    });
    void runner.closed.then(() => {
      // Died while it waited for a job (killed, out of memory): replace it.
      if (slot.sandbox === sandbox && slot.state === 'warm') this.retire(slot, sandbox);
    });
  }

  private fail(slot: Slot, reason: string): void {
    slot.state = 'failed';
    slot.failure = reason;
    this.changed();
  }

  /** Ends a sandbox after its one submission (or its death) and starts the slot's next one. */
  private retire(slot: Slot, sandbox: Sandbox): void {
    if (slot.sandbox !== sandbox) return;
    slot.sandbox = null;
    slot.state = 'starting';
    // The uid's process budget is the slot's own: the old sandbox must be gone before the next starts.
    void this.dispose(sandbox).then(() => {
      if (!this.closing) this.start(slot);
    });
  }

  private dispose(sandbox: Sandbox): Promise<void> {
    sandbox.process.kill();
    const disposed = sandbox.process.closed.then(() => {
      rmSync(sandbox.scratchDir, { recursive: true, force: true });
      this.disposing.delete(disposed);
    });
    this.disposing.add(disposed);
    return disposed;
  }

  private acquire(): Promise<Slot> {
    if (this.closing) return Promise.reject(new GraderFaultError('the sandbox pool is closed'));
    // What made a start fail (a full disk, a missing package) may have been fixed since.
    for (const slot of this.slots) if (slot.state === 'failed') this.start(slot);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.changed();
    });
  }

  /** Hands warm sandboxes to waiting submissions and settles `ready()` calls. */
  private changed(): void {
    while (this.waiting.length > 0) {
      const slot = this.slots.find((s) => s.state === 'warm' && s.sandbox?.process.alive);
      if (slot === undefined) break;
      slot.state = 'busy';
      this.waiting.shift()?.resolve(slot);
    }
    const failed = this.slots.find((s) => s.state === 'failed');
    if (this.waiting.length > 0 && this.slots.every((s) => s.state === 'failed')) {
      const error = new GraderFaultError(`no sandbox could start: ${failed?.failure}`);
      for (const waiter of this.waiting.splice(0)) waiter.reject(error);
    }
    if (failed !== undefined) {
      const error = new GraderFaultError(`a sandbox could not start: ${failed.failure}`);
      for (const waiter of this.readyWaiters.splice(0)) waiter.reject(error);
    } else if (this.slots.every((s) => s.state === 'warm' || s.state === 'busy')) {
      for (const waiter of this.readyWaiters.splice(0)) waiter.resolve();
    }
  }

  private processesOf(slot: Slot, sandbox: Sandbox): SubmissionProcesses {
    return {
      runRunner: (input) => sandbox.process.feed(input),
      runChecker: (input) => this.runChecker(slot, input),
    };
  }

  /** The trusted checker runs cold, as the slot's uid, once the learner's process has ended. */
  private async runChecker(slot: Slot, input: PythonInput) {
    const scratchDir = this.scratchDir(slot);
    const checker = new PythonProcess({ python: this.python, launcher: this.launcher(slot), script: CHECKER_SCRIPT, cwd: scratchDir, env: PYTHON_ENV });
    slot.checker = checker;
    try {
      return await checker.feed(input);
    } finally {
      slot.checker = null;
      rmSync(scratchDir, { recursive: true, force: true });
    }
  }

  private scratchDir(slot: Slot): string {
    const dir = mkdtempSync(join(this.folder, `slot-${slot.index}-`));
    if (process.getuid?.() === 0) chownSync(dir, slot.uid, slot.uid);
    return dir;
  }

  /**
   * The sandbox's `/work` is a private tmpfs capped at `tmpfsBytes`, not the host folder (which
   * is only the process's starting point on the host): a host folder has no size cap in all, so a
   * submission could fill the host's disk 16 MB at a time.
   */
  private launcher(slot: Slot): string[] {
    return bwrapLauncher({
      uid: slot.uid,
      maxProcesses: this.options.maxProcesses,
      fileSizeBytes: this.options.fileSizeBytes,
      tmpfsBytes: this.options.tmpfsBytes,
      cpuSeconds: SANDBOX_CPU_SECONDS,
      memoryBytes: SANDBOX_MEMORY_BYTES,
    });
  }
}
