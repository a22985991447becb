import type { PythonLimits } from './python-limits';
import type { PythonRunResult } from './run-python-cases';
import { shorten } from './tagged-value';

const seconds = (value: number) => `${Number(value.toFixed(1))} s`;

function bytes(value: number): string {
  if (value >= 1024 * 1024) return `${Number((value / (1024 * 1024)).toFixed(1))} MB`;
  if (value >= 1024) return `${Number((value / 1024).toFixed(1))} KB`;
  return `${value} bytes`;
}

/**
 * One line for the learner that says what happened to the whole submission, e.g. "Time limit:
 * your code ran for more than 5 s of CPU time". Each case's own message says the rest.
 */
export function describePythonStatus(result: PythonRunResult, limits: PythonLimits): string {
  const total = result.cases.length;
  switch (result.status) {
    case 'passed':
      return total === 1 ? 'Passed: the case gives the expected result' : `Passed: all ${total} cases give the expected result`;
    case 'failed':
      return `Failed: ${result.passedCount} of ${total} cases passed`;
    case 'syntax_error':
      return `Syntax error: ${shorten(result.error?.message ?? 'the code cannot be read as Python', 200)}`;
    case 'runtime_error':
      return `Error while loading your module: ${shorten(result.error?.message ?? 'it stopped', 200)}`;
    case 'time_limit':
      return result.exceeded === 'wall_time'
        ? `Time limit: your code took more than ${seconds(limits.wallSeconds)} of real time (is it waiting for something?)`
        : `Time limit: your code ran for more than ${seconds(limits.cpuSeconds)} of CPU time`;
    case 'memory_limit':
      return `Memory limit: your code needed more than ${limits.memoryMb} MB`;
    case 'output_limit':
      return result.exceeded === 'case_output'
        ? `Output limit: your code printed more than ${bytes(limits.caseOutputBytes)} in one case`
        : `Output limit: your code printed more than ${bytes(limits.outputBytes)} in all`;
  }
}
