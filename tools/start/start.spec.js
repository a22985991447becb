// `npm start` end to end against a fake checkout: fake compiled API, grader and CLI (tiny Node
// scripts) stand in for the real ones, so the orchestration itself is what is tested: order,
// log prefixes, readiness, the banner, failures, and a clean stop.
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { freePort, startRedisServer } = require('../lib/services');
const { stopChild } = require('../lib/child-processes');

const MAIN = path.join(__dirname, 'lib/main.js');

// The fake apps write their pid to <data>/<name>.pid and obey FAKE_* switches.
const FAKE_API = `
const fs = require('node:fs'), http = require('node:http'), path = require('node:path');
fs.writeFileSync(path.join(process.env.SANKOFA_DATA_DIR, 'api.pid'), String(process.pid));
let probes = 0;
const server = http.createServer((req, res) => {
  if (req.url === '/ready') { probes++; res.writeHead(probes < 3 ? 503 : 200); return res.end(probes < 3 ? '{"status":"DOWN"}' : '{"status":"OK"}'); }
  res.end('<!doctype html>');
});
server.listen(Number(process.env.PORT), '0.0.0.0', () => console.log('listening on ' + process.env.PORT + ' with redis ' + process.env.REDIS_URL));
process.on('SIGTERM', () => { console.log('stopping'); server.close(() => process.exit(0)); });
`;
const FAKE_GRADER = `
const fs = require('node:fs'), path = require('node:path');
fs.writeFileSync(path.join(process.env.SANKOFA_DATA_DIR, 'grader.pid'), String(process.pid));
console.log('worker up, namespace ' + (process.env.SANKOFA_NAMESPACE || 'derived'));
if (process.env.FAKE_GRADER_EXIT) setTimeout(() => { console.error('lost the database'); process.exit(Number(process.env.FAKE_GRADER_EXIT)); }, 800);
const keepAlive = setInterval(() => {}, 1000);
process.on('SIGTERM', () => { console.log('stopping'); clearInterval(keepAlive); });
`;
const FAKE_CLI = `
const command = process.argv[2];
if (process.env.FAKE_MIGRATE_EXIT && command === 'migrate') { console.error('cannot reach the database'); process.exit(Number(process.env.FAKE_MIGRATE_EXIT)); }
console.log('ran ' + command + ' on ' + (process.env.DATABASE_URL || process.env.SANKOFA_DATA_DIR));
`;

function write(root, file, content) {
  const p = path.join(root, file);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
}

function fakeCheckout() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sankofa-start-'));
  write(root, 'tsconfig.base.json', JSON.stringify({ compilerOptions: { paths: {} } }));
  write(root, 'node_modules/.package-lock.json', '{}');
  write(root, 'tools/build/register-paths.js', '');
  write(root, 'dist/server/apps/api/src/main.js', FAKE_API);
  write(root, 'dist/server/apps/api/src/cli.js', FAKE_CLI);
  write(root, 'dist/server/apps/grader/src/main.js', FAKE_GRADER);
  write(root, 'dist/web/index.html', '<!doctype html>');
  // Built after every (absent) source: nothing to rebuild.
  write(root, 'dist/.stamps/server', '');
  write(root, 'dist/.stamps/web', '');
  write(root, 'run.js', `require(${JSON.stringify(MAIN)}).main(process.argv.slice(2), { root: __dirname }).then((code) => process.exit(code), (err) => { console.error(err.message); process.exit(1); });`);
  return root;
}

/** Runs `npm start` on the fake checkout; `waitFor(text)` resolves once the output shows it. */
function startRun(root, args, env) {
  const child = spawn(process.execPath, [path.join(root, 'run.js'), ...args], { cwd: root, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const listeners = new Set();
  const onData = (chunk) => {
    output += chunk;
    for (const l of listeners) l();
  };
  child.stdout.setEncoding('utf8').on('data', onData);
  child.stderr.setEncoding('utf8').on('data', onData);
  const exited = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return {
    child,
    exited,
    output: () => output,
    waitFor: (text, timeoutMs = 15000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (output.includes(text)) {
            listeners.delete(check);
            clearTimeout(timer);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no "${text}" within ${timeoutMs} ms; output:\n${output}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      }),
  };
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const pidOf = (dataDir, name) => Number(fs.readFileSync(path.join(dataDir, `${name}.pid`), 'utf8'));

describe('npm start (orchestration, fake apps)', () => {
  let redis;
  let root;
  let dataDir;
  let port;
  let run;

  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  beforeEach(async () => {
    root = fakeCheckout();
    dataDir = path.join(root, 'data');
    port = await freePort();
    run = undefined;
  });
  afterEach(async () => {
    if (run) await stopChild(run.child, { signal: 'SIGKILL', timeoutMs: 2000 });
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('migrates, seeds, starts API and grader with prefixed logs, waits for /ready, and stops cleanly on SIGTERM', async () => {
    run = startRun(root, ['--port', String(port)], { REDIS_URL: redis.url });
    await run.waitFor('Press Ctrl-C to stop.');
    const out = run.output();
    expect(out).toContain(`Redis: ${redis.url} (REDIS_URL)`);
    expect(out).toContain('Building the server: up to date');
    expect(out).toContain('Building the web app: up to date');
    expect(out).toContain(`migrate | ran migrate on ${dataDir}\n`);
    expect(out).toContain(`seed | ran seed-demo on ${dataDir}\n`);
    expect(out).toContain(`seed | ran seed-curricula on ${dataDir}\n`);
    expect(out).toContain(`api | listening on ${port} with redis ${redis.url}\n`);
    expect(out).toContain('grader | worker up, namespace derived\n');
    expect(out).toContain(`Sankofa is running at http://localhost:${port}/ (GraphQL: http://localhost:${port}/graphql)`);
    expect(out).toMatch(/First answer \d+\.\d s after launch \(builds \d+\.\d s, database \d+\.\d s, API and grader \d+\.\d s\)/);
    expect(out.indexOf('migrate |')).toBeLessThan(out.indexOf('seed |'));
    expect(out.indexOf('seed |')).toBeLessThan(out.indexOf('api |'));

    const pids = [pidOf(dataDir, 'api'), pidOf(dataDir, 'grader')];
    run.child.kill('SIGTERM');
    expect(await run.exited).toEqual({ code: 0, signal: null });
    expect(run.output()).toContain('Stopping (SIGTERM)…');
    expect(run.output()).toContain('api | stopping\n');
    expect(run.output()).toContain('grader | stopping\n');
    expect(run.output().trimEnd().endsWith('Stopped.')).toBe(true);
    for (const pid of pids) expect(isAlive(pid)).toBe(false);
  });

  it('passes DATABASE_URL and the namespace on, and keeps demo accounts out of production', async () => {
    const databaseUrl = 'postgres://sankofa:s3cret@db.internal:5432/sankofa';
    run = startRun(root, ['--port', String(port)], { REDIS_URL: redis.url, NODE_ENV: 'production', SANKOFA_NAMESPACE: 'staging', DATABASE_URL: databaseUrl });
    await run.waitFor('Press Ctrl-C to stop.');
    expect(run.output()).toContain('Database: PostgreSQL at postgres://sankofa:***@db.internal:5432/sankofa (DATABASE_URL)\n');
    expect(run.output()).toContain(`migrate | ran migrate on ${databaseUrl}\n`);
    expect(run.output()).not.toContain('seed |');
    expect(run.output()).toContain('grader | worker up, namespace staging\n');
    run.child.kill('SIGINT');
    expect((await run.exited).code).toBe(0);
  });

  it('stops everything and exits 1 with the reason when a process dies', async () => {
    run = startRun(root, ['--port', String(port)], { REDIS_URL: redis.url, FAKE_GRADER_EXIT: '7' });
    const { code } = await run.exited;
    expect(code).toBe(1);
    expect(run.output()).toContain('grader | lost the database\n');
    expect(run.output()).toContain('The grader process exited with code 7; everything else was stopped.');
    expect(isAlive(pidOf(dataDir, 'api'))).toBe(false);
  });

  it('starts no server when the migration fails', async () => {
    run = startRun(root, ['--port', String(port)], { REDIS_URL: redis.url, FAKE_MIGRATE_EXIT: '3' });
    const { code } = await run.exited;
    expect(code).toBe(1);
    expect(run.output()).toContain('migrate | cannot reach the database\n');
    expect(run.output()).toContain('`migrate` exited with code 3; its output is above.');
    expect(fs.existsSync(path.join(dataDir, 'api.pid'))).toBe(false);
  });

  it('refuses a port that is taken before doing anything else', async () => {
    const blocker = net.createServer().listen(port);
    await new Promise((r) => blocker.once('listening', r));
    try {
      run = startRun(root, ['--port', String(port)], { REDIS_URL: redis.url });
      expect((await run.exited).code).toBe(1);
      expect(run.output()).toContain(`Port ${port} is already in use`);
      expect(run.output()).not.toContain('migrate |');
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  });

  it('fails with one line when REDIS_URL does not answer', async () => {
    const closedPort = await freePort();
    run = startRun(root, ['--port', String(port)], { REDIS_URL: `redis://127.0.0.1:${closedPort}` });
    expect((await run.exited).code).toBe(1);
    expect(run.output()).toMatch(new RegExp(`^REDIS_URL=redis://127\\.0\\.0\\.1:${closedPort} does not answer .*: start that Redis, or unset REDIS_URL\\.\\n$`));
  });
});
