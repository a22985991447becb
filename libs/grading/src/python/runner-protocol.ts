import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraderFaultError } from './spawn-python';
import type { TaggedValue } from './tagged-value';

/** Runs the learner's module and cases (`runner.py`); started ahead of its job in a warm sandbox. */
export const RUNNER_SCRIPT = readFileSync(join(__dirname, 'runner.py'), 'utf8');
/** Hosts an exercise's trusted `checks.py` in a process of its own (`checker.py`). */
export const CHECKER_SCRIPT = readFileSync(join(__dirname, 'checker.py'), 'utf8');

/** Nothing of the host's environment (secrets included) reaches learner code. */
export const PYTHON_ENV: NodeJS.ProcessEnv = {
  PATH: '/usr/bin:/bin',
  LANG: 'C.UTF-8',
  // Multithreaded BLAS reserves memory per thread and hangs at exit under an address-space limit.
  OPENBLAS_NUM_THREADS: '1',
  OMP_NUM_THREADS: '1',
  MKL_NUM_THREADS: '1',
};

/** The job `runner.py` reads on stdin. */
export interface RunnerJob {
  source: string;
  filename: string;
  calls: Array<{ name: string; call: string; args: unknown[]; kwargs: Record<string, unknown> }>;
  maxStdoutChars: number;
  maxCaseOutputBytes: number;
  maxOutputBytes: number;
  memoryBytes: number;
  cpuSeconds: number;
}

export interface ErrorRecord {
  type: string;
  mro: string[];
  message: string;
  traceback: string[];
}

export interface CaseRecord {
  kind: 'case';
  index: number;
  value?: TaggedValue;
  error?: ErrorRecord;
  missing?: boolean;
  tooLarge?: boolean;
  stdout: string;
  stdoutTruncated: boolean;
  ms: number;
}

/** What `runner.py` writes to fd 3, one JSON object per line, in this order. */
export type RunnerRecord =
  | { kind: 'warm' }
  /** The job's limits are set; `cpuSeconds` is the CPU time it really has (a sandbox may cap it lower). */
  | { kind: 'accepted'; cpuSeconds: number }
  | { kind: 'syntax_error'; message: string; line: number | null; offset: number | null; text: string }
  | { kind: 'import_error'; error: ErrorRecord; stdout: string }
  | { kind: 'ready'; stdout: string }
  | CaseRecord
  | { kind: 'output_limit'; scope: 'case' | 'total' }
  | { kind: 'done' };

/**
 * The sandbox was lost under the submission: it died before the runner took the job (killed
 * while it waited, a broken runner), or was killed from outside (the OOM killer, an operator)
 * before any limit could have stopped it. Another sandbox may take the job again.
 */
export class SandboxLostError extends GraderFaultError {
  override readonly name: string = 'SandboxLostError';
}

export function parseRunnerRecords(lines: readonly string[]): RunnerRecord[] {
  const records: RunnerRecord[] = [];
  for (const line of lines) {
    try {
      const record = JSON.parse(line) as RunnerRecord;
      if (record && typeof record === 'object' && typeof record.kind === 'string') records.push(record);
    } catch {
      // Garbage on the results pipe gets no credit; the cases it displaced have no result.
    }
  }
  return records;
}

/** The first line of a runner that has imported its preloads and now waits for its job. */
export function isWarmLine(line: string | null): boolean {
  if (line === null) return false;
  try {
    return (JSON.parse(line) as { kind?: unknown }).kind === 'warm';
  } catch {
    return false;
  }
}
