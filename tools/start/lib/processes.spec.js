const os = require('node:os');
const { createLinePrefixer, describeExit, ProcessGroup } = require('./processes');

function sink() {
  const chunks = [];
  return { write: (s) => chunks.push(s), text: () => chunks.join('') };
}

describe('createLinePrefixer', () => {
  it('prefixes complete lines only, joining lines split across chunks', () => {
    const out = sink();
    const p = createLinePrefixer('api | ', out.write);
    p.push('listening on 3');
    expect(out.text()).toBe('');
    p.push('000\nready\r\npart');
    expect(out.text()).toBe('api | listening on 3000\napi | ready\n');
    p.flush();
    expect(out.text()).toBe('api | listening on 3000\napi | ready\napi | part\n');
    p.flush();
    expect(out.text()).toBe('api | listening on 3000\napi | ready\napi | part\n');
  });
});

describe('describeExit', () => {
  it('names the exit code or the signal', () => {
    expect(describeExit({ code: 1, signal: null })).toBe('exited with code 1');
    expect(describeExit({ code: null, signal: 'SIGKILL' })).toBe('was killed by SIGKILL');
  });
});

describe('ProcessGroup', () => {
  const node = (script) => [process.execPath, ['-e', script]];

  it('prefixes each process’s stdout and stderr lines with its name', async () => {
    const stdout = sink();
    const stderr = sink();
    const group = new ProcessGroup({ stdout, stderr });
    group.start('grader', ...node('console.log("worker up"); console.error("a warning"); process.exit(0)'), { cwd: os.tmpdir(), env: process.env });
    const exit = await group.unexpectedExit;
    expect(exit).toEqual({ name: 'grader', code: 0, signal: null });
    expect(stdout.text()).toBe('grader | worker up\n');
    expect(stderr.text()).toBe('grader | a warning\n');
  });

  it('reports the first process that ends on its own', async () => {
    const group = new ProcessGroup({ stdout: sink(), stderr: sink() });
    group.start('api', ...node('setTimeout(() => {}, 60000)'), { cwd: os.tmpdir(), env: process.env });
    group.start('grader', ...node('process.exit(3)'), { cwd: os.tmpdir(), env: process.env });
    await expect(group.unexpectedExit).resolves.toEqual({ name: 'grader', code: 3, signal: null });
    await group.stopAll();
  });

  it('stops every process with SIGTERM and does not count that as a failure', async () => {
    const stdout = sink();
    const group = new ProcessGroup({ stdout, stderr: sink() });
    const script = 'process.on("SIGTERM", () => { console.log("closing"); process.exit(0); }); console.log("up"); setInterval(() => {}, 1000)';
    const a = group.start('api', ...node(script), { cwd: os.tmpdir(), env: process.env });
    const b = group.start('grader', ...node(script), { cwd: os.tmpdir(), env: process.env });
    // Both must have installed their SIGTERM handler (printed "up") before they are stopped.
    while (!(stdout.text().includes('api | up\n') && stdout.text().includes('grader | up\n'))) await new Promise((r) => setTimeout(r, 20));
    let unexpected = false;
    group.unexpectedExit.then(() => (unexpected = true));
    await group.stopAll();
    expect(a.exitCode).toBe(0);
    expect(b.exitCode).toBe(0);
    expect(stdout.text()).toContain('api | closing\n');
    expect(stdout.text()).toContain('grader | closing\n');
    await new Promise((r) => setImmediate(r));
    expect(unexpected).toBe(false);
  });

  it('kills a process that ignores SIGTERM after the timeout', async () => {
    const group = new ProcessGroup({ stdout: sink(), stderr: sink(), stopTimeoutMs: 200 });
    const child = group.start('api', ...node('process.on("SIGTERM", () => {}); console.log("up"); setInterval(() => {}, 1000)'), {
      cwd: os.tmpdir(),
      env: process.env,
    });
    await new Promise((r) => setTimeout(r, 300));
    const started = Date.now();
    await group.stopAll();
    expect(child.signalCode).toBe('SIGKILL');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('reports a command that cannot be started', async () => {
    const group = new ProcessGroup({ stdout: sink(), stderr: sink() });
    group.start('api', '/nonexistent/node', [], { cwd: os.tmpdir(), env: process.env });
    const exit = await group.unexpectedExit;
    expect(exit.name).toBe('api');
    expect(exit.error.code).toBe('ENOENT');
  });
});
