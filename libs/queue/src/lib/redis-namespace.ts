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

/** Graders report themselves here (a hash: grader name → GraderReport as JSON) every few seconds. */
export function graderRegistryKey(namespace: string): string {
  return `${namespace}:graders`;
}

export const GRADER_HEARTBEAT_MS = 5000;

/** A grader's latest report; one older than three heartbeats is a grader that is gone. */
export interface GraderReport {
  /** Epoch milliseconds. */
  at: number;
  /** Whether it can grade Python, and how. */
  sandbox: 'bubblewrap' | 'unsandboxed' | 'unavailable';
  reason?: string;
}

/** The reports of graders that are alive now. */
export function liveGraderReports(hash: Record<string, string>, now = Date.now()): GraderReport[] {
  const reports: GraderReport[] = [];
  for (const value of Object.values(hash)) {
    try {
      const report = JSON.parse(value) as GraderReport;
      if (typeof report.at === 'number' && now - report.at <= 3 * GRADER_HEARTBEAT_MS) reports.push(report);
    } catch {
      // A malformed entry is not a live grader.
    }
  }
  return reports;
}
