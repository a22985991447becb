import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The grader itself failed (no interpreter, a broken runner): never the learner's fault; retry. */
export class GraderFaultError extends Error {
  override readonly name: string = 'GraderFaultError';
}

export interface StartPythonOptions {
  python: string;
  /** Command prefix that wraps the interpreter, e.g. a sandbox: `['bwrap', …, '--']`. */
  launcher: readonly string[];
  /** The script to run, passed with `-c` so a sandbox need not expose any file of ours. */
  script: string;
  /** What the script finds in `sys.argv[1:]`. */
  args?: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface PythonInput {
  /** Written to the script's stdin, then closed. */
  input: string;
  /** Wall clock, counted from the moment the input is written. */
  timeLimitMs: number;
  /** Bytes accepted on the results pipe (fd 3) before the process is killed. */
  maxResultBytes: number;
  /** Bytes accepted on the real stdout and stderr together before the process is killed. */
  maxRawOutputBytes: number;
}

export interface SpawnPythonResult {
  /** Complete lines written to fd 3, from the start of the process. */
  resultLines: string[];
  timedOut: boolean;
  outputExceeded: boolean;
  /** Killed by its owner (a pool closing), not by a limit: the run says nothing about the code. */
  aborted: boolean;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** The last bytes of stderr, for diagnosing grader faults. */
  stderrTail: string;
  /** From the moment the input was written to the end of the process. */
  wallMs: number;
}

/**
 * One `python -I -B -c script` process with fd 3 as a results pipe. It starts at once and may
 * prepare (import modules) while it waits for its input; `feed` writes the input and starts
 * the wall clock. The process leads its own process group, so a limit kills whatever it forked too.
 */
export class PythonProcess {
  /** The first complete line on fd 3; null when the process ends without writing one. */
  readonly firstResultLine: Promise<string | null>;
  /** Settles when the process has ended and every pipe it held (its forks' too) is closed. */
  readonly closed: Promise<void>;

  private readonly child: ChildProcess;
  private readonly results: Buffer[] = [];
  private resultBytes = 0;
  private rawBytes = 0;
  private stderrTail = '';
  private spawnError: Error | null = null;
  private ended = false;
  private timedOut = false;
  private outputExceeded = false;
  private aborted = false;
  private input: PythonInput | null = null;
  private fedAt = 0;

  constructor(private readonly options: StartPythonOptions) {
    const [command, ...prefix] = [...options.launcher, options.python];
    this.child = spawn(command, [...prefix, '-I', '-B', '-X', 'utf8', '-c', options.script, ...(options.args ?? [])], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
      detached: true,
    });
    let announce: (line: string | null) => void = () => undefined;
    let announced = false;
    this.firstResultLine = new Promise((resolve) => (announce = resolve));
    this.child.stdout?.on('data', (chunk: Buffer) => this.countRaw(chunk));
    this.child.stderr?.on('data', (chunk: Buffer) => {
      this.countRaw(chunk);
      this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-2000);
    });
    const resultPipe = this.child.stdio[3] as NodeJS.ReadableStream | null;
    resultPipe?.on('data', (chunk: Buffer) => {
      this.resultBytes += chunk.length;
      if (this.input !== null && this.resultBytes > this.input.maxResultBytes) {
        this.stopForOutput();
        return;
      }
      this.results.push(chunk);
      if (!announced && chunk.includes(0x0a)) {
        announced = true;
        announce(Buffer.concat(this.results).toString('utf8').split('\n', 1)[0]);
      }
    });
    this.child.stdin?.on('error', () => {
      // The process may exit (or be killed) before reading its input; its exit tells the story.
    });
    this.child.on('error', (error) => {
      this.spawnError = error;
    });
    // The interpreter is gone: end its forks too, so the pipes they inherited close.
    this.child.on('exit', () => this.killGroup());
    this.closed = new Promise((resolve) => {
      this.child.on('close', () => {
        this.ended = true;
        announce(null);
        resolve();
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** True until the process ends (or fails to start). */
  get alive(): boolean {
    return !this.ended && this.spawnError === null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /**
   * Writes the input, starts the wall clock, and resolves when the process has ended.
   * @throws GraderFaultError when the process could not be started at all.
   */
  async feed(input: PythonInput): Promise<SpawnPythonResult> {
    if (this.input !== null) throw new Error('a Python process takes one input');
    this.input = input;
    this.fedAt = performance.now();
    if (this.resultBytes > input.maxResultBytes || this.rawBytes > input.maxRawOutputBytes) this.stopForOutput();
    const timer = setTimeout(() => {
      this.timedOut = true;
      this.killGroup();
    }, input.timeLimitMs);
    this.child.stdin?.end(input.input);
    await this.closed;
    clearTimeout(timer);
    if (this.spawnError) throw new GraderFaultError(`cannot start ${this.options.launcher[0] ?? this.options.python}: ${this.spawnError.message}`);
    const lines = Buffer.concat(this.results).toString('utf8').split('\n');
    lines.pop(); // an unterminated last line is an interrupted record
    return {
      resultLines: lines,
      timedOut: this.timedOut,
      outputExceeded: this.outputExceeded,
      aborted: this.aborted,
      exitCode: this.child.exitCode,
      signal: this.child.signalCode,
      stderrTail: this.stderrTail,
      wallMs: performance.now() - this.fedAt,
    };
  }

  /** Kills the process group; a run in progress reports `aborted`. */
  kill(): void {
    if (this.alive) this.aborted = true;
    this.killGroup();
  }

  /** What the process wrote to stderr last, for explaining why it stopped. */
  get stderr(): string {
    return this.stderrTail;
  }

  get exitCode(): number | null {
    return this.child.exitCode;
  }

  /** Why the process could not be started at all (no such command), if so. */
  get startError(): Error | null {
    return this.spawnError;
  }

  private countRaw(chunk: Buffer): void {
    this.rawBytes += chunk.length;
    if (this.input !== null && this.rawBytes > this.input.maxRawOutputBytes) this.stopForOutput();
  }

  private stopForOutput(): void {
    if (this.outputExceeded) return;
    this.outputExceeded = true;
    this.killGroup();
  }

  /**
   * Kills what the process runs, innermost first: a sandbox's pid namespace lives in a session
   * of its own under our child, and killing our child first would orphan it to pid 1, which may
   * be slow to reap (or, as a container's Node process, never reap) the zombies — each counting
   * against its uid's process limit. Our child then exits by itself and is reaped here.
   */
  private killGroup(): void {
    const pid = this.child.pid;
    if (pid === undefined || this.ended) return;
    const inner = childrenOf(pid);
    inner.forEach(killProcessGroup);
    if (inner.length === 0) killProcessGroup(pid);
    else setTimeout(() => this.ended || killProcessGroup(pid), OUTER_KILL_GRACE_MS).unref();
  }
}

/** How long a launcher may take to exit after its inner processes were killed. */
const OUTER_KILL_GRACE_MS = 1000;

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    return []; // gone already, or a kernel without the children list
  }
}

function killProcessGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Starts a process and feeds it at once: one cold run, start-up included in the wall clock. */
export function spawnPython(options: StartPythonOptions & PythonInput): Promise<SpawnPythonResult> {
  return new PythonProcess(options).feed(options);
}
