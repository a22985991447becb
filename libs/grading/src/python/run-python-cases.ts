import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pythonLimits, type PythonLimits } from './python-limits';
import {
  CHECKER_SCRIPT,
  SandboxLostError,
  parseRunnerRecords,
  PYTHON_ENV,
  RUNNER_SCRIPT,
  type CaseRecord,
  type ErrorRecord,
  type RunnerJob,
} from './runner-protocol';
import { GraderFaultError, spawnPython, type PythonInput, type SpawnPythonResult } from './spawn-python';
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

/** Which limit stopped the run: CPU or wall time, memory, one case's output or the whole run's. */
export type PythonLimitExceeded = 'cpu_time' | 'wall_time' | 'memory' | 'case_output' | 'total_output';

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
  /** Set with time_limit, memory_limit and output_limit. */
  exceeded: PythonLimitExceeded | null;
  cases: PythonCaseResult[];
  passedCount: number;
  /** passedCount / number of cases. */
  score: number;
  /** For syntax_error and runtime_error: what went wrong when loading the module. */
  error: { message: string; line: number | null; traceback: string[] } | null;
  /** What the module printed while it was imported, capped. */
  importStdout: string;
  /** From the job's arrival to the end of the learner's process (a cold start included). */
  durationMs: number;
}

/** The processes of one submission: the learner's, then the checker's when cases name checks. */
export interface SubmissionProcesses {
  /** Runs `runner.py` on the job; its wall clock starts when the job is written. */
  runRunner(input: PythonInput): Promise<SpawnPythonResult>;
  /** Runs `checker.py` in a fresh process that never held learner code. */
  runChecker(input: PythonInput): Promise<SpawnPythonResult>;
}

/** Where submissions run, e.g. a `SandboxPool` of warm sandboxes. */
export interface PythonSandbox {
  /**
   * Lends the processes of one submission to `grade`. When `grade` throws
   * SandboxLostError, no learner code ran and the sandbox may call it again elsewhere.
   */
  withSubmission<T>(grade: (processes: SubmissionProcesses) => Promise<T>): Promise<T>;
}

export interface PythonJobOptions {
  /** The learner's module source. */
  source: string;
  cases: readonly PythonCase[];
  /** Source of the exercise's trusted `checks.py`, needed by cases that `expect.check`. */
  checks?: string;
  /** `pythonLimits()` (5 s CPU, 10 s wall, 256 MB, 64 KB per case, 1 MB in all) when absent. */
  limits?: PythonLimits;
  /** Characters of learner output kept per case for display; 2000 when absent. */
  maxStdoutChars?: number;
  /** Name the learner's file has in tracebacks; `submission.py` when absent. */
  filename?: string;
  /** Wall-clock limit of the checker process; 10000 when absent. */
  checkerTimeLimitMs?: number;
}

/** A fresh process per run, started when the job is ready (tests, worked examples, no pool). */
export interface ColdStartOptions {
  sandbox?: undefined;
  /** Interpreter; `/usr/bin/python3` (Debian's, with numpy) when absent. */
  python?: string;
  /** Command prefix that wraps the interpreter (a sandbox); none when absent. */
  launcher?: readonly string[];
  /** Working folder of the process; a fresh empty temporary folder (removed after) when absent. */
  cwd?: string;
}

export type RunPythonCasesOptions = PythonJobOptions & ({ sandbox: PythonSandbox } | ColdStartOptions);

const MAX_RESULT_BYTES = 16 * 1024 * 1024;
const NO_RESULT = 'no result: the program stopped before this case';

/**
 * Runs a learner's module against the hidden cases in one interpreter and judges every outcome
 * outside that process. See the lib's README for the contract.
 *
 * @throws GraderFaultError when the interpreter cannot be started or the runner breaks down.
 */
export function runPythonCases(options: RunPythonCasesOptions): Promise<PythonRunResult> {
  const grade = (processes: SubmissionProcesses) => gradeSubmission(options, options.limits ?? pythonLimits(), processes);
  return options.sandbox ? options.sandbox.withSubmission(grade) : grade(coldProcesses(options));
}

function coldProcesses(options: ColdStartOptions): SubmissionProcesses {
  const start = (script: string, cwd: string | undefined, input: PythonInput) =>
    inFolder(cwd, (folder) =>
      spawnPython({ python: options.python ?? '/usr/bin/python3', launcher: options.launcher ?? [], script, cwd: folder, env: PYTHON_ENV, ...input }),
    );
  return {
    runRunner: (input) => start(RUNNER_SCRIPT, options.cwd, input),
    runChecker: (input) => start(CHECKER_SCRIPT, undefined, input),
  };
}

/** The signal that ended the process; a sandbox reports its child's as exit code 128 + n. */
function terminationSignal(run: SpawnPythonResult): string | null {
  if (run.signal) return run.signal;
  // A learner's os._exit(152) can only make their own run look stopped by SIGXCPU.
  const code = run.exitCode ?? 0;
  return code > 128 ? (Object.entries(constants.signals).find(([, n]) => n === code - 128)?.[0] ?? null) : null;
}

async function gradeSubmission(options: PythonJobOptions, limits: PythonLimits, processes: SubmissionProcesses): Promise<PythonRunResult> {
  const job: RunnerJob = {
    source: options.source,
    filename: options.filename ?? 'submission.py',
    calls: options.cases.map((c) => ({ name: c.name, call: c.call, args: c.args ?? [], kwargs: c.kwargs ?? {} })),
    maxStdoutChars: options.maxStdoutChars ?? 2000,
    maxCaseOutputBytes: limits.caseOutputBytes,
    maxOutputBytes: limits.outputBytes,
    memoryBytes: limits.memoryMb * 1024 * 1024,
    cpuSeconds: limits.cpuSeconds,
  };
  const run = await processes.runRunner({
    input: JSON.stringify(job),
    timeLimitMs: limits.wallSeconds * 1000,
    maxResultBytes: MAX_RESULT_BYTES,
    maxRawOutputBytes: limits.outputBytes,
  });
  if (run.aborted) throw new GraderFaultError('the sandbox was stopped before the submission finished');
  // `warm` and `accepted` come before any learner code runs, so they cannot be forged.
  const records = parseRunnerRecords(run.resultLines).filter((r) => r.kind !== 'warm');
  const accepted = records[0];
  if (accepted?.kind !== 'accepted') {
    const why = run.timedOut ? 'time limit' : run.stderrTail.trim().slice(-500) || `exit ${run.exitCode ?? run.signal}`;
    throw new SandboxLostError(`the runner stopped before it took the job: ${why}`);
  }
  const base = { importStdout: '', durationMs: run.wallMs };
  const blank = (message: string): PythonCaseResult[] =>
    options.cases.map((c) => ({ name: c.name, passed: false, message, stdout: '', stdoutTruncated: false, durationMs: 0 }));

  // The record after `accepted` says whether the module compiled and loaded. A learner could
  // forge it only to fail their own submission.
  const first = records[1];
  if (first?.kind === 'syntax_error') {
    const where = first.line ? ` (line ${first.line})` : '';
    return {
      ...base,
      status: 'syntax_error',
      exceeded: null,
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
      exceeded: memory ? 'memory' : null,
      importStdout: first.stdout,
      cases: blank('not run: the module failed while loading'),
      passedCount: 0,
      score: 0,
      error: { message: describeError(first.error), line: null, traceback: first.error.traceback },
    };
  }
  const signal = terminationSignal(run);
  const killedByLimit = run.timedOut || run.outputExceeded;
  // RLIMIT_CPU's SIGKILL comes after more than the job's CPU seconds, which take at least
  // that / cores of wall time; an earlier SIGKILL came from outside the submission.
  if (signal === 'SIGKILL' && !killedByLimit && run.wallMs < (accepted.cpuSeconds * 1000) / availableParallelism()) {
    throw new SandboxLostError(`the sandbox was killed from outside after ${Math.round(run.wallMs)} ms`);
  }
  if (first === undefined && !killedByLimit && signal === null && run.exitCode !== 0 && run.stderrTail.includes('Traceback')) {
    // The runner died before it could say anything: the grader is broken, not the submission.
    throw new GraderFaultError(`the runner failed: ${run.stderrTail.slice(-500)}`);
  }

  // The runner's CPU timer sends SIGPROF; RLIMIT_CPU sends SIGXCPU, then SIGKILL to code that
  // ignores it. Nothing else sends SIGKILL but the wall clock and the output caps, known here.
  const cpuLimit = !killedByLimit && (signal === 'SIGPROF' || signal === 'SIGXCPU' || signal === 'SIGKILL');
  const outputLimit = records.find((r) => r.kind === 'output_limit');
  let stopped = NO_RESULT;
  if (run.timedOut || cpuLimit) stopped = 'no result: the time limit was reached before this case';
  else if (run.outputExceeded || outputLimit) stopped = 'no result: the output limit was reached before this case';
  else if (signal !== null) stopped = `no result: the program crashed (${signal}) before this case`;

  const ready = records.find((r) => r.kind === 'ready');
  const caseRecords = new Map<number, CaseRecord | 'duplicate'>();
  for (const record of records) {
    if (record.kind !== 'case' || !Number.isInteger(record.index)) continue;
    caseRecords.set(record.index, caseRecords.has(record.index) ? 'duplicate' : record);
  }

  const results: PythonCaseResult[] = options.cases.map((c, index) => {
    const record = caseRecords.get(index);
    if (record === undefined) {
      return { name: c.name, passed: false, message: stopped, stdout: '', stdoutTruncated: false, durationMs: 0 };
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

  await applyChecks(options, processes, caseRecords, results);

  const passedCount = results.filter((r) => r.passed).length;
  const memory = [...caseRecords.values()].some((r) => r !== 'duplicate' && r.error?.mro.includes('MemoryError'));
  let status: PythonRunStatus;
  let exceeded: PythonLimitExceeded | null = null;
  if (run.timedOut || cpuLimit) {
    status = 'time_limit';
    exceeded = run.timedOut ? 'wall_time' : 'cpu_time';
  } else if (run.outputExceeded || outputLimit) {
    status = 'output_limit';
    exceeded = outputLimit?.kind === 'output_limit' && outputLimit.scope === 'case' ? 'case_output' : 'total_output';
  } else if (passedCount === results.length) {
    status = 'passed';
  } else if (memory) {
    status = 'memory_limit';
    exceeded = 'memory';
  } else {
    status = 'failed';
  }
  return {
    ...base,
    importStdout: ready && 'stdout' in ready ? ready.stdout : '',
    status,
    exceeded,
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
async function applyChecks(
  options: PythonJobOptions,
  processes: SubmissionProcesses,
  records: Map<number, CaseRecord | 'duplicate'>,
  results: PythonCaseResult[],
): Promise<void> {
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
  const run = await processes.runChecker({
    input: JSON.stringify({ source: options.checks, items }),
    timeLimitMs: options.checkerTimeLimitMs ?? 10_000,
    maxResultBytes: MAX_RESULT_BYTES,
    maxRawOutputBytes: MAX_RESULT_BYTES,
  });
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
