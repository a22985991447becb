import { DEFAULT_PYTHON_LIMITS, pythonLimits } from './python-limits';

describe('pythonLimits', () => {
  it('gives 5 s of CPU, 10 s of wall clock, 256 MB, 64 KB per case and 1 MB in all by default', () => {
    expect(pythonLimits()).toEqual({ cpuSeconds: 5, wallSeconds: 10, memoryMb: 256, caseOutputBytes: 65_536, outputBytes: 1_048_576 });
    expect(pythonLimits()).toEqual(DEFAULT_PYTHON_LIMITS);
  });

  it('takes an exercise’s time limit as CPU time, with twice as much wall clock', () => {
    expect(pythonLimits({ timeLimitSeconds: 12, memoryMb: 512 })).toMatchObject({ cpuSeconds: 12, wallSeconds: 24, memoryMb: 512 });
  });

  it('clamps time to 1–30 s and memory to 16–1024 MB', () => {
    expect(pythonLimits({ timeLimitSeconds: 45 })).toMatchObject({ cpuSeconds: 30, wallSeconds: 60 });
    expect(pythonLimits({ timeLimitSeconds: 0.2 })).toMatchObject({ cpuSeconds: 1, wallSeconds: 2 });
    expect(pythonLimits({ memoryMb: 4096 })).toMatchObject({ memoryMb: 1024 });
    expect(pythonLimits({ memoryMb: 8 })).toMatchObject({ memoryMb: 16 });
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, '5' as unknown as number])('refuses a limit of %p', (value) => {
    expect(() => pythonLimits({ timeLimitSeconds: value })).toThrow(RangeError);
    expect(() => pythonLimits({ memoryMb: value })).toThrow(RangeError);
  });
});
