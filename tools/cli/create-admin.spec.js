const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { parseCreateAdminArgs } = require('./create-admin');
const { cliEnvironment } = require('./run-api-cli');

describe('parseCreateAdminArgs', () => {
  it('turns --email and --name into the API CLI command', () => {
    expect(parseCreateAdminArgs(['--email', ' ada@example.org ', '--name', 'Ada Lovelace'])).toEqual({
      help: false,
      cliArgs: ['create-admin', '--email', 'ada@example.org', '--name', 'Ada Lovelace'],
    });
  });

  it('accepts --opt=value forms', () => {
    expect(parseCreateAdminArgs(['--email=ada@example.org', '--name=Ada']).cliArgs).toEqual(['create-admin', '--email', 'ada@example.org', '--name', 'Ada']);
  });

  it('names whatever is missing', () => {
    expect(() => parseCreateAdminArgs([])).toThrow('missing --email and --name');
    expect(() => parseCreateAdminArgs(['--email', 'ada@example.org'])).toThrow('missing --name');
    expect(() => parseCreateAdminArgs(['--email', 'ada@example.org', '--name', '  '])).toThrow('missing --name');
  });

  it('refuses unknown options, such as a password on the command line', () => {
    expect(() => parseCreateAdminArgs(['--email', 'a@b.org', '--name', 'A', '--password', 'x'])).toThrow(/--password/);
  });

  it('answers --help', () => {
    expect(parseCreateAdminArgs(['--help'])).toEqual({ help: true });
  });
});

describe('cliEnvironment', () => {
  it('resolves a relative data folder against the caller’s folder (the CLI runs from the repository root)', () => {
    expect(cliEnvironment({ SANKOFA_DATA_DIR: 'data2', X: '1' }, '/home/ada')).toEqual({ SANKOFA_DATA_DIR: '/home/ada/data2', X: '1' });
    expect(cliEnvironment({ X: '1' }, '/home/ada')).toEqual({ X: '1' });
  });
});

describe('create-admin.js', () => {
  const script = path.join(__dirname, 'create-admin.js');

  it('exits 2 with the usage when arguments are missing, before building anything', () => {
    const result = spawnSync(process.execPath, [script, '--email', 'ada@example.org'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^create-admin: missing --name\n\nUsage: npm run create-admin/);
  });

  it('prints the usage with --help', () => {
    const result = spawnSync(process.execPath, [script, '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/SANKOFA_ADMIN_PASSWORD/);
  });
});
