import type { PythonExercise } from '@sankofa/curriculum';
import type { ExerciseEntity } from '@sankofa/db';
import { SubmissionStatus } from '@sankofa/domain';
import type { PythonCase, PythonRunResult, PythonRunStatus } from '@sankofa/grading';
import { emptyResult, type GradeOutcome } from '../grade-outcome';

/** What one Python run needs: the hidden cases and checkers, and the exercise's limits. */
export interface PythonJob {
  source: string;
  cases: readonly PythonCase[];
  checks?: string;
  timeLimitSeconds: number;
  memoryMb: number;
}

const STATUS: Record<PythonRunStatus, SubmissionStatus> = {
  passed: SubmissionStatus.PASSED,
  failed: SubmissionStatus.FAILED,
  syntax_error: SubmissionStatus.SYNTAX_ERROR,
  runtime_error: SubmissionStatus.RUNTIME_ERROR,
  time_limit: SubmissionStatus.TIME_LIMIT,
  memory_limit: SubmissionStatus.MEMORY_LIMIT,
  output_limit: SubmissionStatus.OUTPUT_LIMIT,
};

export function pythonJob(exercise: ExerciseEntity, source: string): PythonJob {
  const hidden = exercise.hiddenSpec as PythonExercise['hidden'];
  const limits = exercise.publicSpec as { timeLimitSeconds?: number; memoryMb?: number };
  return { source, cases: hidden.cases, checks: hidden.checks, timeLimitSeconds: limits.timeLimitSeconds ?? 5, memoryMb: limits.memoryMb ?? 256 };
}

/** Turns the sandboxed run into what the learner sees: a typed status, one line, and the cases. */
export function pythonOutcome(run: PythonRunResult, job: PythonJob, passScore: number): GradeOutcome {
  const status = run.status === 'failed' && run.score >= passScore ? SubmissionStatus.PASSED : STATUS[run.status];
  const passed = status === SubmissionStatus.PASSED;
  return {
    status,
    score: run.score,
    passed,
    result: emptyResult({
      message: summary(run, job, passed),
      errorDetail: run.error ? [run.error.message, ...run.error.traceback].join('\n') : null,
      cases: run.cases.map((c) => ({ name: c.name, passed: c.passed, message: c.message, stdout: c.stdout, durationMs: c.durationMs })),
    }),
  };
}

function summary(run: PythonRunResult, job: PythonJob, passed: boolean): string {
  const total = run.cases.length;
  switch (run.status) {
    case 'syntax_error':
      return `Syntax error: Python could not read the code${run.error?.line ? ` (line ${run.error.line})` : ''}.`;
    case 'runtime_error':
      return `Runtime error while loading the module: ${run.error?.message ?? 'the code stopped with an error'}.`;
    case 'time_limit':
      return `Time limit: the code ran longer than ${job.timeLimitSeconds} s; ${run.passedCount} of ${total} cases finished in time and passed.`;
    case 'memory_limit':
      return `Memory limit: the code needed more than ${job.memoryMb} MB.`;
    case 'output_limit':
      return 'Output limit: the code printed more than the grader keeps; print less (or nothing) and submit again.';
    default:
      return passed ? `Passed: ${run.passedCount} of ${total} cases.` : `${run.passedCount} of ${total} cases passed.`;
  }
}
