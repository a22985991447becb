import { spawn } from 'node:child_process';

/** The grader itself failed (no interpreter, a broken runner): never the learner's fault; retry. */
export class GraderFaultError extends Error {
  override readonly name = 'GraderFaultError';
}

export interface SpawnPythonOptions {
  python: string;
  /** Command prefix that wraps the interpreter, e.g. a sandbox: `['bwrap', …, '--']`. */
  launcher: readonly string[];
  /** The script to run, passed with `-c` so a sandbox need not expose any file of ours. */
  script: string;
  /** Written to the script's stdin, then closed. */
  input: string;
  timeLimitMs: number;
  /** Bytes accepted on the results pipe (fd 3) before the process is killed. */
  maxResultBytes: number;
  /** Bytes accepted on the real stdout and stderr together before the process is killed. */
  maxRawOutputBytes: number;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface SpawnPythonResult {
  /** Complete lines written to fd 3. */
  resultLines: string[];
  timedOut: boolean;
  outputExceeded: boolean;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** The last bytes of stderr, for diagnosing grader faults. */
  stderrTail: string;
  wallMs: number;
}

/**
 * Runs `python -I -B -c script` with fd 3 as a results pipe, a wall-clock limit and output
 * caps. The process leads its own process group, so a limit kills whatever it forked too.
 */
export function spawnPython(options: SpawnPythonOptions): Promise<SpawnPythonResult> {
  return new Promise((resolve, reject) => {
    const [command, ...prefix] = [...options.launcher, options.python];
    const started = performance.now();
    const child = spawn(command, [...prefix, '-I', '-B', '-X', 'utf8', '-c', options.script], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
      detached: true,
    });
    const results: Buffer[] = [];
    let resultBytes = 0;
    let rawBytes = 0;
    let stderrTail = '';
    let timedOut = false;
    let outputExceeded = false;
    let spawnError: Error | null = null;

    const killGroup = () => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, options.timeLimitMs);

    const countRaw = (chunk: Buffer) => {
      rawBytes += chunk.length;
      if (rawBytes > options.maxRawOutputBytes && !outputExceeded) {
        outputExceeded = true;
        killGroup();
      }
    };
    child.stdout?.on('data', countRaw);
    child.stderr?.on('data', (chunk: Buffer) => {
      countRaw(chunk);
      stderrTail = (stderrTail + chunk.toString('utf8')).slice(-2000);
    });
    const resultPipe = child.stdio[3] as NodeJS.ReadableStream | null;
    resultPipe?.on('data', (chunk: Buffer) => {
      resultBytes += chunk.length;
      if (resultBytes > options.maxResultBytes) {
        if (!outputExceeded) {
          outputExceeded = true;
          killGroup();
        }
        return;
      }
      results.push(chunk);
    });
    child.stdin?.on('error', () => {
      // The process may exit (or be killed) before reading its input; its exit tells the story.
    });
    child.on('error', (error) => {
      spawnError = error;
    });
    // The interpreter is gone: end its forks too, so the pipes they inherited close.
    child.on('exit', killGroup);
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      if (spawnError) {
        reject(new GraderFaultError(`cannot start ${command}: ${spawnError.message}`));
        return;
      }
      const text = Buffer.concat(results).toString('utf8');
      const lines = text.split('\n');
      lines.pop(); // an unterminated last line is an interrupted record
      resolve({
        resultLines: lines,
        timedOut,
        outputExceeded,
        exitCode,
        signal,
        stderrTail,
        wallMs: performance.now() - started,
      });
    });
    child.stdin?.end(options.input);
  });
}
