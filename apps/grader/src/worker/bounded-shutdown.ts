/**
 * Shutdown steps that wait for Redis (closing a queue, a reconciling pass) would wait forever
 * with Redis unreachable; a grader asked to stop must stop anyway. Each such step gets this long.
 */
export const REDIS_CLOSE_TIMEOUT_MS = 1000;

/** Whether `promise` settles (either way) within `ms`. */
export async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const settled = promise.then(
    () => true,
    () => true,
  );
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([settled, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
