/**
 * One Redis namespace per deployment, `sankofa:<ns>`: BullMQ uses it as its key prefix and
 * pub/sub channels start with it, so a test run, a developer's `npm start` and production
 * sharing one Redis never hear each other.
 */
export function pubSubChannel(namespace: string, channel: string): string {
  return `${namespace}:events:${channel}`;
}

/** Redis must not evict keys: an evicted job is a lost submission. */
export async function evictionPolicyProblem(redis: { config(cmd: 'GET', key: string): Promise<unknown> }): Promise<string | null> {
  try {
    const reply = (await redis.config('GET', 'maxmemory-policy')) as string[];
    const policy = reply?.[1];
    return policy && policy !== 'noeviction' ? `Redis uses maxmemory-policy ${policy}; Sankofa needs noeviction` : null;
  } catch {
    // Managed Redis services may refuse CONFIG; they document their policy instead.
    return null;
  }
}
