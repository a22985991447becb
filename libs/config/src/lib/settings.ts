import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';

/**
 * Settings of every server process (API, grader, CLI), read from the environment once at start.
 * A missing or malformed value stops the process with one line naming it (see `loadSettingsOrExit`).
 */
export type DatabaseSettings = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export interface Settings {
  production: boolean;
  port: number;
  dataDir: string;
  database: DatabaseSettings;
  redisUrl: string;
  /** `sankofa:<ns>`: prefix of every BullMQ queue and pub/sub channel of this deployment. */
  redisNamespace: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  /** log2 of scrypt's N. 17 is OWASP's minimum; tests lower it. */
  scryptLogN: number;
  /** Folder of the built web app the API serves at `/`, when present. */
  webDistDir: string;
  /** Number of reverse proxies in front of the API, for client IPs in rate limits. */
  trustProxyHops: number;
  /** Largest accepted HTTP request body. */
  bodyLimitBytes: number;
  /** Failed sign-ins allowed per e-mail address and client address in 15 minutes. */
  signInFailuresPer15Min: number;
  /** Accounts one client address may create per hour. */
  signUpsPerHour: number;
  grading: GradingSettings;
}

export interface GradingSettings {
  /**
   * `bubblewrap` (the default): learner code runs only inside the sandbox. `unsandboxed` runs it
   * as a plain process: for a trusted single-user machine, chosen explicitly, warned about loudly.
   */
  sandbox: 'bubblewrap' | 'unsandboxed';
  /** Jobs one grader process takes at once (quizzes and predictions are quick; Python waits for a sandbox). */
  concurrency: number;
  /** Python sandboxes kept started ahead, per grader process. */
  sandboxPoolSize: number;
  /**
   * Uid of the first sandbox slot (when the grader runs as root); slot i runs as this + i.
   * Grader processes on one host need ranges that do not overlap.
   */
  sandboxFirstUid: number;
  /** Submissions one learner may make per minute, over every exercise. */
  submissionsPerMinute: number;
  /** Attempts per learner and exercise when the exercise sets none; 0 = unlimited. */
  defaultMaxAttempts: number;
}

export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    problem: string,
  ) {
    super(`${setting} ${problem}`);
    this.name = 'ConfigError';
  }
}

const NAMESPACE = /^[a-z0-9][a-z0-9-]{0,40}$/;

const int = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number between ${min} and ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be between ${min} and ${max}`);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { message: 'must be development, production or test' }).default('development'),
  PORT: int(1, 65535).default(3000),
  SANKOFA_DATA_DIR: z.string().min(1).default('data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// URL (leave it unset for the embedded SQLite database)')
    .optional(),
  REDIS_URL: z.string().regex(/^rediss?:\/\/\S+$/, 'must be a redis:// URL').default('redis://127.0.0.1:6379'),
  SANKOFA_NAMESPACE: z
    .string()
    .regex(NAMESPACE, 'must be lower-case letters, digits and dashes (at most 41), e.g. "prod-eu"')
    .optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: int(30, 86400).default(900),
  REFRESH_TOKEN_TTL_DAYS: int(1, 365).default(30),
  SCRYPT_LOG_N: int(10, 20).default(17),
  WEB_DIST_DIR: z.string().min(1).optional(),
  TRUST_PROXY_HOPS: int(0, 10).default(0),
  BODY_LIMIT_BYTES: int(1024, 50 * 1024 * 1024).default(1024 * 1024),
  SIGN_IN_FAILURES_PER_15_MIN: int(1, 1000).default(10),
  SIGN_UPS_PER_HOUR: int(1, 100000).default(30),
  GRADER_SANDBOX: z.enum(['bubblewrap', 'unsandboxed'], { message: 'must be bubblewrap or unsandboxed' }).default('bubblewrap'),
  GRADER_CONCURRENCY: int(1, 64).default(4),
  SANDBOX_POOL_SIZE: int(1, 32).default(4),
  SANDBOX_FIRST_UID: int(1000, 4_000_000_000).default(60001),
  SUBMISSIONS_PER_MINUTE: int(1, 10000).default(20),
  DEFAULT_MAX_ATTEMPTS: int(0, 10000).default(0),
});

export function loadSettings(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Settings {
  const parsed = schema.safeParse(pickDefined(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const setting = String(issue.path[0] ?? 'environment');
    throw new ConfigError(setting, issue.message === 'Invalid input' ? 'is malformed' : issue.message);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const dataDir = path.resolve(cwd, e.SANKOFA_DATA_DIR);

  if (production && !e.DATABASE_URL) {
    throw new ConfigError('DATABASE_URL', 'is required when NODE_ENV=production (postgres://…)');
  }
  if (production && !e.JWT_SECRET) {
    throw new ConfigError('JWT_SECRET', 'is required when NODE_ENV=production (at least 32 random characters)');
  }
  if (production && !e.SANKOFA_NAMESPACE) {
    throw new ConfigError('SANKOFA_NAMESPACE', 'is required when NODE_ENV=production (one per deployment, e.g. "prod")');
  }

  return {
    production,
    port: e.PORT,
    dataDir,
    database: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'sqlite', path: path.join(dataDir, 'sankofa.sqlite') },
    redisUrl: e.REDIS_URL,
    redisNamespace: `sankofa:${e.SANKOFA_NAMESPACE ?? embeddedNamespace(dataDir)}`,
    jwtSecret: e.JWT_SECRET ?? embeddedJwtSecret(dataDir),
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    scryptLogN: e.SCRYPT_LOG_N,
    webDistDir: path.resolve(cwd, e.WEB_DIST_DIR ?? 'dist/web'),
    trustProxyHops: e.TRUST_PROXY_HOPS,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    signInFailuresPer15Min: e.SIGN_IN_FAILURES_PER_15_MIN,
    signUpsPerHour: e.SIGN_UPS_PER_HOUR,
    grading: {
      sandbox: e.GRADER_SANDBOX,
      concurrency: e.GRADER_CONCURRENCY,
      sandboxPoolSize: e.SANDBOX_POOL_SIZE,
      sandboxFirstUid: e.SANDBOX_FIRST_UID,
      submissionsPerMinute: e.SUBMISSIONS_PER_MINUTE,
      defaultMaxAttempts: e.DEFAULT_MAX_ATTEMPTS,
    },
  };
}

/** Loads settings, or prints one line naming the bad setting and exits. */
export function loadSettingsOrExit(env: NodeJS.ProcessEnv = process.env): Settings {
  try {
    return loadSettings(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}

/** In embedded mode the namespace follows the data folder, so two checkouts never share queues. */
export function embeddedNamespace(dataDir: string): string {
  return `local-${createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 12)}`;
}

/** Embedded mode keeps a generated secret in the data folder (API and grader read the same file). */
function embeddedJwtSecret(dataDir: string): string {
  const file = path.join(dataDir, 'jwt-secret');
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(48).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const secret = fs.readFileSync(file, 'utf8').trim();
  if (secret.length < 32) throw new ConfigError('JWT_SECRET', `file ${file} holds fewer than 32 characters; delete it to regenerate`);
  return secret;
}

// An empty variable counts as unset, as shells and compose files often leave them empty.
function pickDefined(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((kv): kv is [string, string] => typeof kv[1] === 'string' && kv[1] !== ''));
}
