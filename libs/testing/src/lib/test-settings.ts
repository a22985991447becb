import { loadSettings, Settings } from '@sankofa/config';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';

/** Both databases run the same core suites. */
export const DATABASE_KINDS = ['postgres', 'sqlite'] as const;
export type DatabaseKind = (typeof DATABASE_KINDS)[number];

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: integration tests run through the Jest global setup (tools/testing/global-setup.js)`);
  return value;
}

/**
 * Settings for a server under test: the test run's own PostgreSQL database or a fresh SQLite
 * file, the test run's Redis namespace (plus a suffix, so suites never share queues), a cheap
 * scrypt cost, and generous sign-up limits unless a test narrows them.
 */
export function testSettings(kind: DatabaseKind, overrides: Partial<Settings> = {}): Settings {
  const tmp = required('SANKOFA_TEST_TMP');
  const suffix = randomBytes(4).toString('hex');
  const base = loadSettings(
    {
      NODE_ENV: 'test',
      PORT: '3000',
      SANKOFA_DATA_DIR: path.join(tmp, `data-${suffix}`),
      REDIS_URL: required('SANKOFA_TEST_REDIS_URL'),
      SANKOFA_NAMESPACE: `${required('SANKOFA_TEST_NAMESPACE')}-${suffix}`.slice(0, 41),
      JWT_SECRET: randomBytes(32).toString('hex'),
      SCRYPT_LOG_N: '10',
      SIGN_UPS_PER_HOUR: '10000',
      WEB_DIST_DIR: path.join(tmp, 'no-web-build'),
      ...(kind === 'postgres' ? { DATABASE_URL: required('SANKOFA_TEST_POSTGRES_URL') } : {}),
    },
    tmp,
  );
  return { ...base, ...overrides };
}
