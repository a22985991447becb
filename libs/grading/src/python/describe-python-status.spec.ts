import { describePythonStatus } from './describe-python-status';
import { pythonLimits } from './python-limits';
import type { PythonRunResult } from './run-python-cases';

const limits = pythonLimits();

function result(overrides: Partial<PythonRunResult>): PythonRunResult {
  const cases = [true, false, false].map((passed, i) => ({ name: `case ${i}`, passed, message: '', stdout: '', stdoutTruncated: false, durationMs: 1 }));
  return { status: 'failed', exceeded: null, cases, passedCount: 1, score: 1 / 3, error: null, importStdout: '', durationMs: 40, ...overrides };
}

describe('describePythonStatus', () => {
  it.each<[string, Partial<PythonRunResult>, string]>([
    ['passed', { status: 'passed', passedCount: 3 }, 'Passed: all 3 cases give the expected result'],
    ['failed', {}, 'Failed: 1 of 3 cases passed'],
    ['syntax_error', { status: 'syntax_error', error: { message: "expected ':' (line 1): def f()", line: 1, traceback: [] } }, "Syntax error: expected ':' (line 1): def f()"],
    ['runtime_error', { status: 'runtime_error', error: { message: 'ZeroDivisionError: division by zero', line: null, traceback: [] } }, 'Error while loading your module: ZeroDivisionError: division by zero'],
    ['CPU time', { status: 'time_limit', exceeded: 'cpu_time' }, 'Time limit: your code ran for more than 5 s of CPU time'],
    ['wall time', { status: 'time_limit', exceeded: 'wall_time' }, 'Time limit: your code took more than 10 s of real time (is it waiting for something?)'],
    ['memory', { status: 'memory_limit', exceeded: 'memory' }, 'Memory limit: your code needed more than 256 MB'],
    ['one case’s output', { status: 'output_limit', exceeded: 'case_output' }, 'Output limit: your code printed more than 64 KB in one case'],
    ['all output', { status: 'output_limit', exceeded: 'total_output' }, 'Output limit: your code printed more than 1 MB in all'],
  ])('%s', (_what, overrides, message) => {
    expect(describePythonStatus(result(overrides), limits)).toBe(message);
  });

  it('names the exercise’s own limits and a single case', () => {
    const own = pythonLimits({ timeLimitSeconds: 2.5, memoryMb: 512 });
    expect(describePythonStatus(result({ status: 'time_limit', exceeded: 'cpu_time' }), own)).toBe('Time limit: your code ran for more than 2.5 s of CPU time');
    expect(describePythonStatus(result({ status: 'memory_limit', exceeded: 'memory' }), own)).toBe('Memory limit: your code needed more than 512 MB');
    expect(describePythonStatus(result({ status: 'passed', cases: result({}).cases.slice(0, 1), passedCount: 1 }), own)).toBe('Passed: the case gives the expected result');
  });
});
