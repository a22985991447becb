/** What one Python submission may use. */
export interface PythonLimits {
  /** CPU time of the learner's process (RLIMIT_CPU), counted from the job's arrival. */
  cpuSeconds: number;
  /** Wall clock from the job's arrival to the last result (sleeping or blocked code). */
  wallSeconds: number;
  /** Address space of the learner's process (RLIMIT_AS), the interpreter and its imports included. */
  memoryMb: number;
  /** UTF-8 bytes the code may print during one case (or while its module loads). */
  caseOutputBytes: number;
  /** UTF-8 bytes the code may print in all; also the cap on what it writes to fd 1 and 2 directly. */
  outputBytes: number;
}

export const DEFAULT_PYTHON_LIMITS: Readonly<PythonLimits> = Object.freeze({
  cpuSeconds: 5,
  wallSeconds: 10,
  memoryMb: 256,
  caseOutputBytes: 64 * 1024,
  outputBytes: 1024 * 1024,
});

/** The most an exercise may ask for: slow code must not hold a sandbox for long. */
export const MAX_CPU_SECONDS = 30;
export const MAX_MEMORY_MB = 1024;
/** RLIMIT_CPU counts whole seconds, and the interpreter alone needs about 16 MB of address space. */
const MIN_CPU_SECONDS = 1;
const MIN_MEMORY_MB = 16;

/** The limits an exercise sets in its `exercise.yaml`. */
export interface ExerciseLimits {
  /** CPU seconds; 5 when absent. */
  timeLimitSeconds?: number;
  memoryMb?: number;
}

function clamp(name: string, value: number, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a positive number, got ${String(value)}`);
  }
  return Math.min(max, Math.max(min, value));
}

/**
 * The limits of an exercise: its time limit is CPU time, clamped to 1–30 s, with a wall clock of
 * twice that (start-up and a little waiting fit; a sleeping submission soon frees its sandbox);
 * memory is clamped to 16–1024 MB; output caps are the defaults.
 *
 * @throws RangeError when a limit is not a positive number (a broken exercise, not a slow one).
 */
export function pythonLimits(exercise: ExerciseLimits = {}): PythonLimits {
  const cpuSeconds = clamp('timeLimitSeconds', exercise.timeLimitSeconds ?? DEFAULT_PYTHON_LIMITS.cpuSeconds, MIN_CPU_SECONDS, MAX_CPU_SECONDS);
  return {
    ...DEFAULT_PYTHON_LIMITS,
    cpuSeconds,
    wallSeconds: 2 * cpuSeconds,
    memoryMb: Math.floor(clamp('memoryMb', exercise.memoryMb ?? DEFAULT_PYTHON_LIMITS.memoryMb, MIN_MEMORY_MB, MAX_MEMORY_MB)),
  };
}
