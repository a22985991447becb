import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraderFaultError, spawnPython, type SpawnPythonResult } from './spawn-python';
import { compareValue, plainValue, renderTagged, shorten, type TaggedValue } from './tagged-value';

/** One hidden case of `cases.yaml`. */
export interface PythonCase {
  name: string;
  /** A top-level function of the learner's module. */
  call: string;
  args?: unknown[];
  kwargs?: Record<string, unknown>;
  expect: { value: unknown; tolerance?: number } | { raises: string } | { check: string };
  /** Shown when the case fails. */
  hint?: string;
}

export type PythonRunStatus =
  | 'passed'
  | 'failed'
  | 'syntax_error'
  | 'runtime_error'
  | 'time_limit'
  | 'output_limit'
  | 'memory_limit';

export interface PythonCaseResult {
  name: string;
  passed: boolean;
  /** Why it failed (expected vs got, the hint, the learner's traceback lines); '' when passed. */
  message: string;
  /** What the learner's code printed during the case, capped. */
  stdout: string;
  stdoutTruncated: boolean;
  durationMs: number;
}

export interface PythonRunResult {
  status: PythonRunStatus;
  cases: PythonCaseResult[];
  passedCount: number;
  /** passedCount / number of cases. */
  score: number;
  /** For syntax_error and runtime_error: what went wrong when loading the module. */
  error: { message: string; line: number | null; traceback: string[] } | null;
  /** What the module printed while it was imported, capped. */
  importStdout: string;
  /** Wall time of the learner's process, start-up included. */
  durationMs: number;
}

export interface RunPythonCasesOptions {
  /** The learner's module source. */
  source: string;
  cases: readonly PythonCase[];
  /** Source of the exercise's trusted `checks.py`, needed by cases that `expect.check`. */
  checks?: string;
  /** Interpreter; `/usr/bin/python3` (Debian's, with numpy) when absent. */
  python?: string;
  /** Command prefix that wraps the interpreter (a sandbox); none when absent. */
  launcher?: readonly string[];
  /** Wall-clock limit of the whole submission (start-up, import and every case); 5000 when absent. */
  timeLimitMs?: number;
  /** Address-space limit set inside the process before the learner's code runs; 256 when absent. */
  memoryMb?: number;
  /** Characters of learner output kept per case; 2000 when absent. */
  maxStdoutChars?: number;
  /** Learner output allowed in all before output_limit; 1,000,000 characters when absent. */
  maxOutputChars?: number;
  /** Name the learner's file has in tracebacks; `submission.py` when absent. */
  filename?: string;
  /** Working folder of the process; a fresh empty temporary folder (removed after) when absent. */
  cwd?: string;
  /** Wall-clock limit of the checker process; 10000 when absent. */
  checkerTimeLimitMs?: number;
}

const RUNNER = readFileSync(join(__dirname, 'runner.py'), 'utf8');
const CHECKER = readFileSync(join(__dirname, 'checker.py'), 'utf8');
const MAX_RESULT_BYTES = 16 * 1024 * 1024;
const NO_RESULT = 'no result: the program stopped before this case';
const NO_RESULT_TIME = 'no result: the time limit was reached before this case';

/** Nothing of the host's environment (secrets included) reaches learner code. */
const PYTHON_ENV: NodeJS.ProcessEnv = {
  PATH: '/usr/bin:/bin',
  LANG: 'C.UTF-8',
  // Multithreaded BLAS reserves memory per thread and hangs at exit under an address-space limit.
  OPENBLAS_NUM_THREADS: '1',
  OMP_NUM_THREADS: '1',
  MKL_NUM_THREADS: '1',
};

interface ErrorRecord {
  type: string;
  mro: string[];
  message: string;
  traceback: string[];
}

interface CaseRecord {
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

type RunnerRecord =
  | CaseRecord
  | { kind: 'syntax_error'; message: string; line: number | null; offset: number | null; text: string }
  | { kind: 'import_error'; error: ErrorRecord; stdout: string }
  | { kind: 'ready'; stdout: string }
  | { kind: 'output_limit' }
  | { kind: 'done' };

function parseRecords(lines: string[]): RunnerRecord[] {
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

/**
 * Runs a learner's module against the hidden cases in one interpreter and judges every outcome
 * outside that process. See the lib's README for the contract.
 *
 * @throws GraderFaultError when the interpreter cannot be started or the runner breaks down.
 */
export async function runPythonCases(options: RunPythonCasesOptions): Promise<PythonRunResult> {
  const job = {
    source: options.source,
    filename: options.filename ?? 'submission.py',
    calls: options.cases.map((c) => ({ name: c.name, call: c.call, args: c.args ?? [], kwargs: c.kwargs ?? {} })),
    maxStdoutChars: options.maxStdoutChars ?? 2000,
    maxOutputChars: options.maxOutputChars ?? 1_000_000,
    memoryBytes: (options.memoryMb ?? 256) * 1024 * 1024,
  };
  const run = await inFolder(options.cwd, (cwd) =>
    spawnPython({
      python: options.python ?? '/usr/bin/python3',
      launcher: options.launcher ?? [],
      script: RUNNER,
      input: JSON.stringify(job),
      timeLimitMs: options.timeLimitMs ?? 5000,
      maxResultBytes: MAX_RESULT_BYTES,
      maxRawOutputBytes: job.maxOutputChars * 4,
      cwd,
      env: PYTHON_ENV,
    }),
  );
  const records = parseRecords(run.resultLines);
  const base = { importStdout: '', durationMs: run.wallMs };
  const blank = (message: string): PythonCaseResult[] =>
    options.cases.map((c) => ({ name: c.name, passed: false, message, stdout: '', stdoutTruncated: false, durationMs: 0 }));

  // The first record says whether the module compiled and loaded. A learner could forge it only
  // to fail their own submission.
  const first = records[0];
  if (first?.kind === 'syntax_error') {
    const where = first.line ? ` (line ${first.line})` : '';
    return {
      ...base,
      status: 'syntax_error',
      cases: blank(`not run: the code has a syntax error${where}`),
      passedCount: 0,
      score: 0,
      error: { message: `${first.message}${where}${first.text ? `: ${first.text.trim()}` : ''}`, line: first.line, traceback: [] },
    };
  }
  if (first?.kind === 'import_error') {
    const memory = first.error.mro.includes('MemoryError');
    return {
      ...base,
      status: memory ? 'memory_limit' : 'runtime_error',
      importStdout: first.stdout,
      cases: blank('not run: the module failed while loading'),
      passedCount: 0,
      score: 0,
      error: { message: describeError(first.error), line: null, traceback: first.error.traceback },
    };
  }
  if (first === undefined && !run.timedOut && !run.outputExceeded && run.exitCode !== 0 && run.stderrTail.includes('Traceback')) {
    // The runner died before it could say anything: the grader is broken, not the submission.
    throw new GraderFaultError(`the runner failed: ${run.stderrTail.slice(-500)}`);
  }

  const ready = records.find((r) => r.kind === 'ready');
  const caseRecords = new Map<number, CaseRecord | 'duplicate'>();
  for (const record of records) {
    if (record.kind !== 'case' || !Number.isInteger(record.index)) continue;
    caseRecords.set(record.index, caseRecords.has(record.index) ? 'duplicate' : record);
  }

  const results: PythonCaseResult[] = options.cases.map((c, index) => {
    const record = caseRecords.get(index);
    if (record === undefined) {
      return { name: c.name, passed: false, message: run.timedOut ? NO_RESULT_TIME : NO_RESULT, stdout: '', stdoutTruncated: false, durationMs: 0 };
    }
    if (record === 'duplicate') {
      return { name: c.name, passed: false, message: 'more than one result was reported for this case', stdout: '', stdoutTruncated: false, durationMs: 0 };
    }
    const verdict = judge(c, record);
    return {
      name: c.name,
      passed: verdict === null,
      message: verdict === null ? '' : withHint(verdict, c.hint),
      stdout: record.stdout ?? '',
      stdoutTruncated: record.stdoutTruncated === true,
      durationMs: typeof record.ms === 'number' ? Math.round(record.ms * 10) / 10 : 0,
    };
  });

  await applyChecks(options, caseRecords, results);

  const passedCount = results.filter((r) => r.passed).length;
  const outputLimit = run.outputExceeded || records.some((r) => r.kind === 'output_limit');
  const memory = [...caseRecords.values()].some((r) => r !== 'duplicate' && r.error?.mro.includes('MemoryError'));
  let status: PythonRunStatus;
  if (run.timedOut) status = 'time_limit';
  else if (outputLimit) status = 'output_limit';
  else if (passedCount === results.length) status = 'passed';
  else if (memory) status = 'memory_limit';
  else status = 'failed';
  return {
    ...base,
    importStdout: ready && 'stdout' in ready ? ready.stdout : '',
    status,
    cases: results,
    passedCount,
    score: results.length ? passedCount / results.length : 0,
    error: null,
  };
}

function describeError(error: ErrorRecord): string {
  return shorten(error.message ? `${error.type}: ${error.message}` : error.type, 300);
}

function withHint(message: string, hint: string | undefined): string {
  return hint ? `${message}\nHint: ${hint}` : message;
}

function withTraceback(message: string, error: ErrorRecord): string {
  return error.traceback.length ? `${message}\n${error.traceback.join('\n')}` : message;
}

/** The verdict of a case judged by value or exception; null = passed. Checks are judged later. */
function judge(c: PythonCase, record: CaseRecord): string | null {
  if (record.missing) return `your module has no function named ${c.call}`;
  if (record.tooLarge) return 'the return value is too large to check';
  const expect = c.expect;
  if ('raises' in expect) {
    if (record.error) {
      const raised = record.error;
      return raised.type === expect.raises || raised.mro.includes(expect.raises)
        ? null
        : withTraceback(`expected ${expect.raises} to be raised, got ${describeError(raised)}`, raised);
    }
    return `expected ${expect.raises} to be raised, but the function returned ${shorten(renderTagged(record.value as TaggedValue))}`;
  }
  if (record.error) return withTraceback(`raised ${describeError(record.error)}`, record.error);
  if ('value' in expect) {
    if (record.value === undefined) return NO_RESULT;
    return compareValue(expect.value, record.value, expect.tolerance ?? 0);
  }
  return 'check' in expect ? 'pending' : NO_RESULT;
}

interface CheckerRecord {
  index: number;
  ok?: boolean;
  message?: string;
  error?: string;
}

/** Runs the trusted checkers in a process of their own, giving them JSON only. */
async function applyChecks(options: RunPythonCasesOptions, records: Map<number, CaseRecord | 'duplicate'>, results: PythonCaseResult[]): Promise<void> {
  const pending = options.cases
    .map((c, index) => ({ c, index, record: records.get(index) }))
    .filter(
      (p): p is { c: PythonCase; index: number; record: CaseRecord } =>
        'check' in p.c.expect && typeof p.record === 'object' && !p.record.missing && !p.record.tooLarge,
    );
  if (pending.length === 0) return;
  if (options.checks === undefined) throw new GraderFaultError('cases name checks but no checks.py was given');
  const items = pending.map(({ c, record }) => ({
    check: (c.expect as { check: string }).check,
    args: c.args ?? [],
    kwargs: c.kwargs ?? {},
    outcome: record.error
      ? { raised: { type: record.error.type, mro: record.error.mro, message: record.error.message } }
      : { value: plainValue(record.value as TaggedValue), tagged: record.value },
  }));
  const run: SpawnPythonResult = await inFolder(undefined, (cwd) =>
    spawnPython({
      python: options.python ?? '/usr/bin/python3',
      launcher: options.launcher ?? [],
      script: CHECKER,
      input: JSON.stringify({ source: options.checks, items }),
      timeLimitMs: options.checkerTimeLimitMs ?? 10_000,
      maxResultBytes: MAX_RESULT_BYTES,
      maxRawOutputBytes: MAX_RESULT_BYTES,
      cwd,
      env: PYTHON_ENV,
    }),
  );
  const verdicts = new Map<number, CheckerRecord>();
  for (const line of run.resultLines) {
    const record = JSON.parse(line) as CheckerRecord;
    verdicts.set(record.index, record);
  }
  if (verdicts.size === 0) {
    throw new GraderFaultError(`checks.py failed: ${run.timedOut ? 'time limit' : run.stderrTail.slice(-500) || `exit ${run.exitCode}`}`);
  }
  pending.forEach(({ c, index }, i) => {
    const verdict = verdicts.get(i);
    const result = results[index];
    if (verdict?.ok === true) {
      result.passed = true;
      result.message = '';
    } else if (verdict?.ok === false) {
      result.passed = false;
      result.message = withHint(verdict.message || 'the check did not pass', c.hint);
    } else {
      // A checker that crashes on an odd result cannot vouch for it.
      result.passed = false;
      result.message = withHint('this result could not be checked', c.hint);
    }
  });
}

async function inFolder<T>(cwd: string | undefined, run: (cwd: string) => Promise<T>): Promise<T> {
  if (cwd !== undefined) return run(cwd);
  const folder = mkdtempSync(join(tmpdir(), 'sankofa-python-'));
  try {
    return await run(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
