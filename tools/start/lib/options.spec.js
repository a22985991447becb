const path = require('node:path');
const { parseOptions, resolveRun, childEnvironment } = require('./options');
const { StartError } = require('./errors');

describe('parseOptions', () => {
  it('reads no options as defaults', () => {
    expect(parseOptions([])).toEqual({ help: false, rebuild: false, port: undefined, dataDir: undefined });
  });

  it('reads --port, --data-dir, --rebuild and -h', () => {
    expect(parseOptions(['--port', '4000', '--data-dir', 'tmp/d', '--rebuild', '-h'])).toEqual({
      help: true,
      rebuild: true,
      port: '4000',
      dataDir: 'tmp/d',
    });
  });

  it('refuses unknown options and positionals with a pointer to --help', () => {
    expect(() => parseOptions(['--prot', '1'])).toThrow(StartError);
    expect(() => parseOptions(['--prot', '1'])).toThrow(/--prot.*npm start -- --help/);
    expect(() => parseOptions(['serve'])).toThrow(StartError);
  });
});

describe('resolveRun', () => {
  const cwd = '/home/ada/sankofa';
  const resolve = (env, options = {}) => resolveRun({ options: { ...parseOptions([]), ...options }, env, cwd });

  it('defaults to port 3000, ./data, SQLite, development with demo accounts', () => {
    expect(resolve({})).toEqual({
      port: 3000,
      dataDir: path.join(cwd, 'data'),
      database: 'sqlite',
      databaseUrl: undefined,
      production: false,
      redisUrl: undefined,
      seedDemo: true,
    });
  });

  it('takes PORT, SANKOFA_DATA_DIR, DATABASE_URL and REDIS_URL from the environment', () => {
    const run = resolve({ PORT: '8080', SANKOFA_DATA_DIR: '/srv/sankofa', DATABASE_URL: 'postgres://u@db/s', REDIS_URL: 'redis://r:6380' });
    expect(run).toMatchObject({ port: 8080, dataDir: '/srv/sankofa', database: 'postgres', databaseUrl: 'postgres://u@db/s', redisUrl: 'redis://r:6380' });
  });

  it('resolves a relative data folder against the caller’s folder', () => {
    expect(resolve({ SANKOFA_DATA_DIR: '../shared-data' }).dataDir).toBe('/home/ada/shared-data');
  });

  it('lets options win over the environment', () => {
    const run = resolve({ PORT: '8080', SANKOFA_DATA_DIR: '/srv/sankofa' }, { port: '4000', dataDir: 'd2' });
    expect(run).toMatchObject({ port: 4000, dataDir: path.join(cwd, 'd2') });
  });

  it('treats empty variables as unset, as the server settings do', () => {
    expect(resolve({ PORT: '', SANKOFA_DATA_DIR: '', DATABASE_URL: '', REDIS_URL: '' })).toMatchObject({
      port: 3000,
      dataDir: path.join(cwd, 'data'),
      database: 'sqlite',
      redisUrl: undefined,
    });
  });

  it('refuses a malformed port with one line naming where it came from', () => {
    expect(() => resolve({ PORT: 'http' })).toThrow('Configuration error: PORT must be a whole number between 1 and 65535');
    expect(() => resolve({ PORT: '70000' })).toThrow(/PORT must be/);
    expect(() => resolve({}, { port: '0' })).toThrow('Configuration error: --port must be a whole number between 1 and 65535');
  });

  it('never seeds demo accounts in production', () => {
    expect(resolve({ NODE_ENV: 'production' })).toMatchObject({ production: true, seedDemo: false });
  });
});

describe('childEnvironment', () => {
  const run = { port: 4000, dataDir: '/abs/data' };

  it('passes the caller’s environment on with the resolved port, data folder and Redis', () => {
    const env = childEnvironment({ PATH: '/usr/bin', DATABASE_URL: 'postgres://x/y', PORT: '1' }, run, 'redis://127.0.0.1:41234');
    expect(env).toEqual({
      PATH: '/usr/bin',
      DATABASE_URL: 'postgres://x/y',
      PORT: '4000',
      SANKOFA_DATA_DIR: '/abs/data',
      REDIS_URL: 'redis://127.0.0.1:41234',
    });
  });

  it('leaves SANKOFA_NAMESPACE unset unless the user set it (the apps derive it from the data folder)', () => {
    expect(childEnvironment({}, run, 'redis://h')).not.toHaveProperty('SANKOFA_NAMESPACE');
    expect(childEnvironment({ SANKOFA_NAMESPACE: 'mine' }, run, 'redis://h').SANKOFA_NAMESPACE).toBe('mine');
  });

  it('turns log colours off when the output is not a terminal, unless FORCE_COLOR says otherwise', () => {
    expect(childEnvironment({}, run, 'redis://h', { colors: false }).NO_COLOR).toBe('1');
    expect(childEnvironment({}, run, 'redis://h', { colors: true })).not.toHaveProperty('NO_COLOR');
    expect(childEnvironment({ FORCE_COLOR: '1' }, run, 'redis://h', { colors: false })).not.toHaveProperty('NO_COLOR');
  });

  it('does not change the caller’s environment object', () => {
    const env = { PORT: '1' };
    childEnvironment(env, run, 'redis://h');
    expect(env).toEqual({ PORT: '1' });
  });
});
