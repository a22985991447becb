import type { PythonExercise } from '@sankofa/curriculum';
import type { ExerciseEntity } from '@sankofa/db';
import { SubmissionStatus } from '@sankofa/domain';
import { describePythonStatus, type PythonCase, type PythonLimits, type PythonRunResult, type PythonRunStatus } from '@sankofa/grading';
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
export function pythonOutcome(run: PythonRunResult, limits: PythonLimits, passScore: number): GradeOutcome {
  const status = run.status === 'failed' && run.score >= passScore ? SubmissionStatus.PASSED : STATUS[run.status];
  return {
    status,
    score: run.score,
    passed: status === SubmissionStatus.PASSED,
    result: emptyResult({
      message: status === SubmissionStatus.PASSED && run.status === 'failed' ? `Passed: ${run.passedCount} of ${run.cases.length} cases, enough for this exercise` : describePythonStatus(run, limits),
      errorDetail: run.error ? [run.error.message, ...run.error.traceback].join('\n') : null,
      cases: run.cases.map((c) => ({ name: c.name, passed: c.passed, message: c.message, stdout: c.stdout, durationMs: c.durationMs })),
    }),
  };
}
