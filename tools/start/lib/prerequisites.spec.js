const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { findExecutable, checkRuntime, checkPythonSandbox } = require('./prerequisites');
const { StartError } = require('./errors');

describe('findExecutable', () => {
  let dir;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sankofa-path-'));
    fs.writeFileSync(path.join(dir, 'redis-server'), '#!/bin/sh\n', { mode: 0o755 });
    fs.writeFileSync(path.join(dir, 'not-executable'), '', { mode: 0o644 });
    fs.mkdirSync(path.join(dir, 'a-folder'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds an executable file on PATH', () => {
    expect(findExecutable('redis-server', { PATH: `/nonexistent${path.delimiter}${dir}` })).toBe(path.join(dir, 'redis-server'));
  });

  it('ignores files that cannot be executed, folders, and an empty PATH', () => {
    expect(findExecutable('not-executable', { PATH: dir })).toBeNull();
    expect(findExecutable('a-folder', { PATH: dir })).toBeNull();
    expect(findExecutable('redis-server', {})).toBeNull();
  });
});

describe('checkRuntime', () => {
  let root;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sankofa-runtime-'));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('asks for npm install when dependencies are missing', () => {
    expect(() => checkRuntime({ root, nodeVersion: '20.20.2' })).toThrow(new StartError('Dependencies are not installed: run npm install (or npm ci) first.'));
  });

  it('accepts Node 20.19+ and 22+, and refuses older ones', () => {
    fs.mkdirSync(path.join(root, 'node_modules'), { recursive: true });
    fs.writeFileSync(path.join(root, 'node_modules/.package-lock.json'), '{}');
    expect(() => checkRuntime({ root, nodeVersion: '20.20.2' })).not.toThrow();
    expect(() => checkRuntime({ root, nodeVersion: '22.3.0' })).not.toThrow();
    expect(() => checkRuntime({ root, nodeVersion: '20.11.1' })).toThrow(/Node 20\.11\.1 is too old/);
    expect(() => checkRuntime({ root, nodeVersion: '18.20.0' })).toThrow(StartError);
  });
});

describe('checkPythonSandbox', () => {
  const everything = { platform: 'linux', env: {}, exists: () => true, findExec: () => '/usr/bin/bwrap', missingLibraries: async () => [] };

  it('is quiet when bubblewrap and the libraries are installed', async () => {
    await expect(checkPythonSandbox(everything)).resolves.toBeNull();
  });

  it('names every missing Debian package in one install command', async () => {
    const warning = await checkPythonSandbox({ ...everything, findExec: () => null, exists: () => false });
    expect(warning).toBe('Python exercises are disabled until you run: sudo apt-get install -y bubblewrap python3-numpy python3-pandas python3-sklearn');
  });

  it('names only what is missing', async () => {
    expect(await checkPythonSandbox({ ...everything, findExec: () => null })).toBe('Python exercises are disabled until you run: sudo apt-get install -y bubblewrap');
    expect(await checkPythonSandbox({ ...everything, missingLibraries: async () => ['pandas', 'sklearn'] })).toBe(
      'Python exercises are disabled until you run: sudo apt-get install -y python3-pandas python3-sklearn',
    );
  });

  it('explains that the sandbox needs Linux elsewhere', async () => {
    expect(await checkPythonSandbox({ ...everything, platform: 'darwin' })).toMatch(/needs Linux/);
  });

  it('asks the real /usr/bin/python3 without importing the libraries', async () => {
    // Whatever this machine has installed, the answer is null or a line naming Debian packages.
    const warning = await checkPythonSandbox();
    if (warning !== null) expect(warning).toMatch(/^Python exercises are disabled/);
  });
});
