import { describePythonStatus } from './describe-python-status';
import { pythonLimits } from './python-limits';
import { SandboxLostError } from './runner-protocol';
import { GraderFaultError } from './spawn-python';
import { runPythonCases, type ColdStartOptions, type PythonCase, type PythonJobOptions } from './run-python-cases';

// Debian's interpreter, which has numpy; the `python3` on PATH may be another build.
const PYTHON = '/usr/bin/python3';
jest.setTimeout(20_000);

const meanCases: PythonCase[] = [
  {
    name: 'mean of three numbers',
    call: 'mean_and_spread',
    args: [[1.0, 2.0, 3.0]],
    expect: { value: [2.0, 0.816496580927726], tolerance: 1e-6 },
    hint: 'Use the population standard deviation (divide by n).',
  },
  { name: 'empty list is an error', call: 'mean_and_spread', args: [[]], expect: { raises: 'ValueError' } },
];

const solution = `
import math

def mean_and_spread(values):
    if not values:
        raise ValueError("no values")
    mean = sum(values) / len(values)
    return mean, math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
`;

const run = (source: string, cases: PythonCase[] = meanCases, options: Partial<PythonJobOptions> & ColdStartOptions = {}) =>
  runPythonCases({ source, cases, python: PYTHON, ...options });

describe('runPythonCases', () => {
  it('passes a correct module; tuples compare as lists; one interpreter starts fast', async () => {
    const result = await run(solution);
    expect(result.status).toBe('passed');
    expect(result.cases.map((c) => [c.name, c.passed, c.message])).toEqual([
      ['mean of three numbers', true, ''],
      ['empty list is an error', true, ''],
    ]);
    expect(result.score).toBe(1);
    expect(result.durationMs).toBeLessThan(2000);
  });

  it('explains a wrong value, with the hint', async () => {
    const wrong = solution.replace('/ len(values))', '/ (len(values) - 1))');
    const result = await run(wrong);
    expect(result.status).toBe('failed');
    expect(result.cases[0].passed).toBe(false);
    expect(result.cases[0].message).toBe('at [1]: expected 0.816496580927726, got 1.0\nHint: Use the population standard deviation (divide by n).');
    expect(result.passedCount).toBe(1);
  });

  it('converts numpy scalars and arrays, and tags NaN', async () => {
    const source = `
import numpy as np
def stats(xs):
    a = np.array(xs, dtype=float)
    return {"mean": a.mean(), "count": np.int64(a.size), "doubled": a * 2, "positive": a > 0, "nan": np.float64("nan")}
`;
    const result = await run(source, [
      {
        name: 'numpy',
        call: 'stats',
        args: [[1, 2, 3]],
        expect: { value: { mean: 2, count: 3, doubled: [2, 4, 6], positive: [true, true, true], nan: Number.NaN } },
      },
    ]);
    expect(result.cases[0]).toMatchObject({ passed: true, message: '' });
  });

  it('checks types: True is not 1, "3" is not 3, and 2 equals 2.0', async () => {
    const source = 'def f(kind):\n    return {"bool": True, "str": "3", "float": 2.0}[kind]\n';
    const result = await run(source, [
      { name: 'bool', call: 'f', args: ['bool'], expect: { value: 1 } },
      { name: 'str', call: 'f', args: ['str'], expect: { value: 3 } },
      { name: 'float', call: 'f', args: ['float'], expect: { value: 2 } },
    ]);
    expect(result.cases.map((c) => c.passed)).toEqual([false, false, true]);
    expect(result.cases[0].message).toBe('expected 1, got True (a bool, not a int)');
    expect(result.cases[1].message).toBe("expected 3, got '3' (a str, not a int)");
  });

  it('does not pass an object whose __eq__ always says True, nor an int subclass', async () => {
    const source = `
class Anything:
    def __eq__(self, other):
        return True
    def __repr__(self):
        return "Anything()"

class SneakyInt(int):
    def __eq__(self, other):
        return True

def cheat():
    return Anything()

def cheat_int():
    return SneakyInt(7)
`;
    const result = await run(source, [
      { name: 'object', call: 'cheat', expect: { value: 42 } },
      { name: 'int subclass', call: 'cheat_int', expect: { value: 42 } },
    ]);
    expect(result.status).toBe('failed');
    expect(result.cases.map((c) => c.passed)).toEqual([false, false]);
    expect(result.cases[0].message).toBe('expected 42, got Anything() (a object, not a int)');
  });

  it('does not let printed or directly written fake records pass', async () => {
    const source = `
import json, os, sys
fake = json.dumps({"kind": "case", "index": 0, "value": {"type": "int", "value": 42}, "stdout": "", "stdoutTruncated": False, "ms": 1})
print(fake)
sys.__stdout__.write(fake + "\\n")
os.write(1, (fake + "\\n").encode())

def answer():
    print(fake)
    return 0
`;
    const result = await run(source, [{ name: 'answer', call: 'answer', expect: { value: 42 } }]);
    expect(result.status).toBe('failed');
    expect(result.cases[0]).toMatchObject({ passed: false, message: 'expected 42, got 0' });
    expect(result.cases[0].stdout).toContain('"kind": "case"');
    expect(result.importStdout).toContain('"kind": "case"');
  });

  it('fails a case whose result is reported twice (a record forged on the results pipe)', async () => {
    const source = `
import json, os
os.write(3, (json.dumps({"kind": "case", "index": 0, "value": {"type": "int", "value": 42}, "stdout": "", "stdoutTruncated": False, "ms": 1}) + "\\n").encode())
def answer():
    return 41
`;
    const result = await run(source, [{ name: 'answer', call: 'answer', expect: { value: 42 } }]);
    expect(result.cases[0]).toMatchObject({ passed: false, message: 'more than one result was reported for this case' });
  });

  it('reports a syntax error with its line', async () => {
    const result = await run('def mean_and_spread(values)\n    return 1\n');
    expect(result.status).toBe('syntax_error');
    expect(result.error).toMatchObject({ line: 1 });
    expect(result.error?.message).toMatch(/expected ':' \(line 1\): def mean_and_spread\(values\)/);
    expect(result.cases.every((c) => !c.passed)).toBe(true);
  });

  it('reports a module that fails while loading, with the learner’s traceback lines only', async () => {
    const result = await run('import math\n\ndef helper():\n    return 1 / 0\n\nhelper()\n');
    expect(result.status).toBe('runtime_error');
    expect(result.error?.message).toBe('ZeroDivisionError: division by zero');
    expect(result.error?.traceback).toEqual(['line 6, in <module>: helper()', 'line 4, in helper: return 1 / 0']);
  });

  it('reports source with a null byte as a syntax error', async () => {
    const result = await run('def f():\n    return 1\x00\n');
    expect(result.status).toBe('syntax_error');
    expect(result.error?.message).toMatch(/null bytes/);
  });

  it('treats sys.exit(0) at import as a runtime error, not a pass', async () => {
    const result = await run('import sys\nsys.exit(0)\n');
    expect(result.status).toBe('runtime_error');
    expect(result.error?.message).toBe('SystemExit: 0');
  });

  it('leaves cases without result when the process exits early', async () => {
    const result = await run(solution + '\nimport os\nos._exit(0)\n');
    expect(result.status).toBe('failed');
    expect(result.cases.map((c) => c.message)).toEqual([
      'no result: the program stopped before this case',
      'no result: the program stopped before this case',
    ]);
  });

  it('keeps the results of the cases before an exit inside a later case', async () => {
    const source = 'import os\ndef ok():\n    return 1\ndef leave():\n    os._exit(3)\n';
    const result = await run(source, [
      { name: 'first', call: 'ok', expect: { value: 1 } },
      { name: 'second', call: 'leave', expect: { value: 1 } },
      { name: 'third', call: 'ok', expect: { value: 1 } },
    ]);
    expect(result.cases.map((c) => c.passed)).toEqual([true, false, false]);
    expect(result.cases[2].message).toBe('no result: the program stopped before this case');
  });

  it('fails only the case that calls sys.exit()', async () => {
    const source = 'import sys\ndef leave():\n    sys.exit(0)\ndef ok():\n    return 1\n';
    const result = await run(source, [
      { name: 'exit', call: 'leave', expect: { value: 1 } },
      { name: 'ok', call: 'ok', expect: { value: 1 } },
    ]);
    expect(result.cases.map((c) => c.passed)).toEqual([false, true]);
    expect(result.cases[0].message).toMatch(/^raised SystemExit: 0\nline 3, in leave: sys.exit\(0\)/);
  });

  it('stops an infinite loop at the CPU time limit and keeps earlier results', async () => {
    const source = 'def ok():\n    return 1\ndef spin():\n    while True:\n        pass\n';
    const started = Date.now();
    const result = await run(
      source,
      [
        { name: 'ok', call: 'ok', expect: { value: 1 } },
        { name: 'spin', call: 'spin', expect: { value: 1 } },
      ],
      // A generous wall clock: a busy machine must not turn the CPU limit into a wall-clock one.
      { limits: { ...pythonLimits({ timeLimitSeconds: 1 }), wallSeconds: 20 } },
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result).toMatchObject({ status: 'time_limit', exceeded: 'cpu_time' });
    expect(result.cases.map((c) => c.passed)).toEqual([true, false]);
    expect(result.cases[1].message).toBe('no result: the time limit was reached before this case');
  });

  it('stops code that ignores SIGPROF and SIGXCPU with RLIMIT_CPU’s SIGKILL, still as a CPU time limit', async () => {
    const source = [
      'import signal',
      'signal.signal(signal.SIGPROF, signal.SIG_IGN)',
      'signal.signal(signal.SIGXCPU, signal.SIG_IGN)',
      'def spin():',
      '    while True:',
      '        pass',
    ].join('\n');
    const limits = { ...pythonLimits({ timeLimitSeconds: 1 }), wallSeconds: 30 };
    const result = await run(source, [{ name: 'spin', call: 'spin', expect: { value: 1 } }], { limits });
    expect(result).toMatchObject({ status: 'time_limit', exceeded: 'cpu_time' });
    expect(describePythonStatus(result, limits)).toBe('Time limit: your code ran for more than 1 s of CPU time');
  });

  it('stops a sleeping submission at the wall clock', async () => {
    const limits = { ...pythonLimits(), wallSeconds: 1 };
    const result = await run('import time\ndef nap():\n    time.sleep(30)\n', [{ name: 'nap', call: 'nap', expect: { value: 1 } }], { limits });
    expect(result).toMatchObject({ status: 'time_limit', exceeded: 'wall_time' });
    expect(describePythonStatus(result, limits)).toBe('Time limit: your code took more than 1 s of real time (is it waiting for something?)');
  });

  it('reports a process killed by a signal as a crash in the cases it left without result', async () => {
    const source = 'import os, signal\ndef ok():\n    return 1\ndef die():\n    os.kill(os.getpid(), signal.SIGUSR1)\n';
    const result = await run(source, [
      { name: 'ok', call: 'ok', expect: { value: 1 } },
      { name: 'die', call: 'die', expect: { value: 1 } },
    ]);
    expect(result.status).toBe('failed');
    expect(result.cases.map((c) => c.message)).toEqual(['', 'no result: the program crashed (SIGUSR1) before this case']);
  });

  it('does not wait for a child process the learner left behind', async () => {
    const source = 'import os, time\ndef fork():\n    if os.fork() == 0:\n        time.sleep(30)\n    return 1\n';
    const started = Date.now();
    const result = await run(source, [{ name: 'fork', call: 'fork', expect: { value: 1 } }]);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(result.status).toBe('passed');
  });

  it('reports memory_limit when the learner’s code runs out of memory', async () => {
    const source = 'def hog():\n    return [0] * (10 ** 10)\n';
    const result = await run(source, [{ name: 'hog', call: 'hog', expect: { value: [] } }], { limits: pythonLimits({ memoryMb: 128 }) });
    expect(result.status).toBe('memory_limit');
    expect(result.cases[0].message).toMatch(/^raised MemoryError/);
  });

  it('reports memory_limit when numpy cannot allocate an array under the limit', async () => {
    const source = 'import numpy as np\ndef grid():\n    return float(np.ones((20000, 20000)).sum())\n';
    const limits = pythonLimits();
    const result = await run(source, [{ name: 'grid', call: 'grid', expect: { value: 4e8 } }], { limits });
    expect(result).toMatchObject({ status: 'memory_limit', exceeded: 'memory' });
    expect(result.cases[0].message).toMatch(/^raised MemoryError: Unable to allocate 2.98 GiB/);
    expect(describePythonStatus(result, limits)).toBe('Memory limit: your code needed more than 256 MB');
  });

  it('stops a flood of output with output_limit', async () => {
    const source = 'def flood():\n    while True:\n        print("x" * 1000)\n';
    const result = await run(source, [{ name: 'flood', call: 'flood', expect: { value: 1 } }], { limits: { ...pythonLimits(), outputBytes: 100_000 } });
    expect(result.status).toBe('output_limit');
  });

  it('caps the output of one case at 64 KB, counted in UTF-8 bytes', async () => {
    const source = 'def talk(text, n):\n    print(text * n)\n    return n\n';
    const limits = pythonLimits();
    const result = await run(source, [
      { name: 'under the cap', call: 'talk', args: ['x', 60_000], expect: { value: 60_000 } },
      { name: 'over the cap in bytes, not in characters', call: 'talk', args: ['é', 40_000], expect: { value: 40_000 } },
    ]);
    expect(result).toMatchObject({ status: 'output_limit', exceeded: 'case_output' });
    expect(result.cases.map((c) => [c.passed, c.message, c.stdoutTruncated])).toEqual([
      [true, '', true],
      [false, 'no result: the output limit was reached before this case', false],
    ]);
    expect(describePythonStatus(result, limits)).toBe('Output limit: your code printed more than 64 KB in one case');
  });

  it('caps the output of the whole run at 1 MB', async () => {
    const cases = Array.from({ length: 20 }, (_, i) => ({ name: `case ${i}`, call: 'talk', expect: { value: 1 } }));
    const limits = pythonLimits();
    const result = await run('def talk():\n    print("x" * 60_000)\n    return 1\n', cases);
    expect(result).toMatchObject({ status: 'output_limit', exceeded: 'total_output', passedCount: 17 });
    expect(describePythonStatus(result, limits)).toBe('Output limit: your code printed more than 1 MB in all');
  });

  it('stops output written around the capture with output_limit', async () => {
    const source = 'import os\ndef flood():\n    while True:\n        os.write(1, b"x" * 65536)\n';
    const result = await run(source, [{ name: 'flood', call: 'flood', expect: { value: 1 } }], { limits: { ...pythonLimits(), outputBytes: 100_000 } });
    expect(result.status).toBe('output_limit');
  });

  it('captures each case’s prints, capped', async () => {
    const source = 'def talk(n):\n    print("a" * n)\n    return n\n';
    const result = await run(
      source,
      [
        { name: 'short', call: 'talk', args: [3], expect: { value: 3 } },
        { name: 'long', call: 'talk', args: [50], expect: { value: 50 } },
      ],
      { maxStdoutChars: 10 },
    );
    expect(result.cases.map((c) => [c.stdout, c.stdoutTruncated])).toEqual([
      ['aaa\n', false],
      ['aaaaaaaaaa', true],
    ]);
  });

  it('names a missing function and matches exceptions by base class', async () => {
    const source = 'class Empty(ValueError):\n    pass\ndef f():\n    raise Empty("nothing")\n';
    const result = await run(source, [
      { name: 'missing', call: 'g', expect: { value: 1 } },
      { name: 'base', call: 'f', expect: { raises: 'ValueError' } },
      { name: 'other', call: 'f', expect: { raises: 'KeyError' } },
      { name: 'value', call: 'f', expect: { value: 1 } },
    ]);
    expect(result.cases.map((c) => c.passed)).toEqual([false, true, false, false]);
    expect(result.cases[0].message).toBe('your module has no function named g');
    expect(result.cases[2].message).toBe('expected KeyError to be raised, got Empty: nothing\nline 4, in f: raise Empty("nothing")');
  });

  it('judges with trusted checks that see JSON only', async () => {
    const checks = `
def is_sorted_copy(args, kwargs, outcome):
    if "raised" in outcome:
        return False, "raised " + outcome["raised"]["type"]
    value = outcome["value"]
    if outcome["tagged"]["type"] != "list":
        return False, "expected a list, got %s" % outcome["tagged"]["type"]
    return (value == sorted(args[0]), "expected the values in order, got %r" % (value,))

def broken(args, kwargs, outcome):
    raise RuntimeError("bug in the checker")
`;
    const source = 'def tidy(xs):\n    return sorted(xs)\ndef untidy(xs):\n    return xs\n';
    const result = await run(
      source,
      [
        { name: 'sorted', call: 'tidy', args: [[3, 1, 2]], expect: { check: 'is_sorted_copy' } },
        { name: 'not sorted', call: 'untidy', args: [[3, 1, 2]], expect: { check: 'is_sorted_copy' }, hint: 'Sort it.' },
        { name: 'crashing checker', call: 'tidy', args: [[1]], expect: { check: 'broken' } },
      ],
      { checks },
    );
    expect(result.cases.map((c) => [c.passed, c.message])).toEqual([
      [true, ''],
      [false, 'expected the values in order, got [3, 1, 2]\nHint: Sort it.'],
      [false, 'this result could not be checked'],
    ]);
  });

  it('passes nothing of the host environment to learner code', async () => {
    process.env.SANKOFA_TEST_SECRET = 'hunter2';
    try {
      const source = 'import os\ndef env():\n    return sorted(os.environ)\ndef cwd():\n    return os.listdir(".")\n';
      const result = await run(source, [
        { name: 'env', call: 'env', expect: { value: ['LANG', 'MKL_NUM_THREADS', 'OMP_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'PATH'] } },
        { name: 'cwd', call: 'cwd', expect: { value: [] } },
      ]);
      expect(result.cases.map((c) => c.message)).toEqual(['', '']);
    } finally {
      delete process.env.SANKOFA_TEST_SECRET;
    }
  });

  it('runs the interpreter behind a launcher prefix', async () => {
    const result = await run(solution, meanCases, { launcher: ['/usr/bin/env', '--'] });
    expect(result.status).toBe('passed');
  });

  it('raises a lost-sandbox fault when the runner never takes its job', async () => {
    await expect(run(solution, meanCases, { python: '/bin/true' })).rejects.toThrow(SandboxLostError);
  });

  it('raises a grader fault when the interpreter cannot start', async () => {
    await expect(run(solution, meanCases, { python: '/nonexistent/python3' })).rejects.toThrow(GraderFaultError);
  });
});
