import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError, embeddedNamespace, loadSettings } from './settings';

describe('loadSettings', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sankofa-config-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('runs embedded by default: SQLite in the data folder, a generated secret, a namespace from the folder', () => {
    const s = loadSettings({ SANKOFA_DATA_DIR: 'data' }, dir);
    expect(s.production).toBe(false);
    expect(s.port).toBe(3000);
    expect(s.database).toEqual({ kind: 'sqlite', path: path.join(dir, 'data', 'sankofa.sqlite') });
    expect(s.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(s.redisNamespace).toBe(`sankofa:${embeddedNamespace(path.join(dir, 'data'))}`);
    expect(s.jwtSecret.length).toBeGreaterThanOrEqual(32);
    // The API and the grader read the same secret.
    expect(loadSettings({ SANKOFA_DATA_DIR: 'data' }, dir).jwtSecret).toBe(s.jwtSecret);
    expect(fs.statSync(path.join(dir, 'data', 'jwt-secret')).mode & 0o777).toBe(0o600);
  });

  it('gives two data folders two namespaces', () => {
    expect(embeddedNamespace('/a/data')).not.toBe(embeddedNamespace('/b/data'));
    expect(embeddedNamespace('/a/data')).toMatch(/^local-[0-9a-f]{12}$/);
  });

  it('switches to PostgreSQL with one variable', () => {
    const s = loadSettings({ SANKOFA_DATA_DIR: dir, DATABASE_URL: 'postgres://u@db:5432/sankofa' }, dir);
    expect(s.database).toEqual({ kind: 'postgres', url: 'postgres://u@db:5432/sankofa' });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number between 1 and 65535'],
    [{ PORT: '70000' }, 'PORT must be between 1 and 65535'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must be a postgres:// URL'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL must be a redis:// URL'],
    [{ SANKOFA_NAMESPACE: 'Has:Colon' }, 'SANKOFA_NAMESPACE must be lower-case letters'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET must be at least 32 characters'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV must be development, production or test'],
  ])('names the bad setting: %j', (env, message) => {
    expect(() => loadSettings({ SANKOFA_DATA_DIR: dir, ...env }, dir)).toThrow(ConfigError);
    expect(() => loadSettings({ SANKOFA_DATA_DIR: dir, ...env }, dir)).toThrow(message);
  });

  it('requires the production settings in production, one at a time', () => {
    const prod = { NODE_ENV: 'production', SANKOFA_DATA_DIR: dir };
    expect(() => loadSettings(prod, dir)).toThrow(/^DATABASE_URL is required/);
    expect(() => loadSettings({ ...prod, DATABASE_URL: 'postgres://db/s' }, dir)).toThrow(/^JWT_SECRET is required/);
    expect(() => loadSettings({ ...prod, DATABASE_URL: 'postgres://db/s', JWT_SECRET: 'x'.repeat(32) }, dir)).toThrow(/^SANKOFA_NAMESPACE is required/);
    const s = loadSettings({ ...prod, DATABASE_URL: 'postgres://db/s', JWT_SECRET: 'x'.repeat(32), SANKOFA_NAMESPACE: 'prod' }, dir);
    expect(s).toMatchObject({ production: true, redisNamespace: 'sankofa:prod', jwtSecret: 'x'.repeat(32) });
    expect(fs.existsSync(path.join(dir, 'jwt-secret'))).toBe(false);
  });

  it('treats empty variables as unset', () => {
    expect(loadSettings({ SANKOFA_DATA_DIR: dir, PORT: '', DATABASE_URL: '' }, dir)).toMatchObject({ port: 3000, database: { kind: 'sqlite' } });
  });
});
