const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

// Each case runs in a child Node process, since it is about how that process ends.
const cleanupModule = require.resolve('./cleanup');
const childProcessesModule = require.resolve('./child-processes');

let dir;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sankofa-cleanup-spec-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function runScript(body) {
  const script = path.join(dir, 'script.js');
  fs.writeFileSync(script, body);
  const child = spawn(process.execPath, [script], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = new Promise((resolve) => child.stdout.once('data', resolve));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, ready, exited };
}

const registerMarkers = `
  const fs = require('node:fs');
  const { registerCleanup } = require(${JSON.stringify(cleanupModule)});
  const release = registerCleanup({
    stop: async () => { await new Promise((r) => setTimeout(r, 50)); fs.writeFileSync('stopped', ''); },
    killNow: () => fs.writeFileSync('killed', ''),
  });
`;

it('stops registered resources on SIGTERM, then ends by the signal', async () => {
  const { child, ready, exited } = runScript(`${registerMarkers}
    process.stdout.write('ready');
    setTimeout(() => {}, 60000);
  `);
  await ready;
  child.kill('SIGTERM');
  expect(await exited).toEqual({ code: null, signal: 'SIGTERM' });
  expect(fs.existsSync(path.join(dir, 'stopped'))).toBe(true);
});

it('kills what is still registered when the process exits', async () => {
  const { exited } = runScript(`${registerMarkers}
    process.exit(3);
  `);
  expect(await exited).toEqual({ code: 3, signal: null });
  expect(fs.existsSync(path.join(dir, 'killed'))).toBe(true);
});

it('leaves released resources alone', async () => {
  const { exited } = runScript(`${registerMarkers}
    release();
  `);
  expect(await exited).toEqual({ code: 0, signal: null });
  expect(fs.readdirSync(dir)).toEqual(['script.js']);
});

it('lets another SIGINT handler decide how the process ends', async () => {
  const { child, ready, exited } = runScript(`${registerMarkers}
    process.on('SIGINT', () => setTimeout(() => process.exit(7), 200));
    process.stdout.write('ready');
    setTimeout(() => {}, 60000);
  `);
  await ready;
  child.kill('SIGINT');
  expect(await exited).toEqual({ code: 7, signal: null });
  expect(fs.existsSync(path.join(dir, 'stopped'))).toBe(true);
});

it('ends a supervised child when its parent is interrupted', async () => {
  const { child, ready, exited } = runScript(`
    const { spawn } = require('node:child_process');
    const { superviseChild } = require(${JSON.stringify(childProcessesModule)});
    const sleeper = spawn('sleep', ['60'], { stdio: 'ignore' });
    superviseChild(sleeper, { afterExit: () => require('node:fs').writeFileSync('after-exit', '') });
    process.stdout.write(String(sleeper.pid));
    setTimeout(() => {}, 60000);
  `);
  const sleeperPid = Number(String(await ready));
  child.kill('SIGINT');
  expect(await exited).toEqual({ code: null, signal: 'SIGINT' });
  expect(() => process.kill(sleeperPid, 0)).toThrow(/ESRCH/);
  expect(fs.existsSync(path.join(dir, 'after-exit'))).toBe(true);
});
