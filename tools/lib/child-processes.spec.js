const { spawn } = require('node:child_process');
const { outputTail, stopChild, superviseChild, waitForExit, isRunning } = require('./child-processes');

describe('stopChild', () => {
  it('stops a child that obeys SIGTERM', async () => {
    const child = spawn('sleep', ['60']);
    await stopChild(child);
    expect(child.signalCode).toBe('SIGTERM');
  });

  it('kills a child that ignores the signal once the time is up', async () => {
    const child = spawn(process.execPath, ['-e', "process.on('SIGTERM', () => {}); process.stdout.write('ready'); setInterval(() => {}, 1000)"]);
    await new Promise((resolve) => child.stdout.once('data', resolve));
    const started = Date.now();
    await stopChild(child, { timeoutMs: 300 });
    expect(child.signalCode).toBe('SIGKILL');
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('waitForExit', () => {
  it('gives the exit code, or null on time-out', async () => {
    const quick = spawn(process.execPath, ['-e', 'process.exit(4)']);
    expect(await waitForExit(quick, 5000)).toEqual({ code: 4, signal: null });
    expect(await waitForExit(quick, 10)).toEqual({ code: 4, signal: null });
    const slow = spawn('sleep', ['60']);
    expect(await waitForExit(slow, 50)).toBeNull();
    slow.kill('SIGKILL');
    await waitForExit(slow, 5000);
  });
});

describe('superviseChild', () => {
  it('stops once and runs afterExit once', async () => {
    const afterExit = jest.fn();
    const child = spawn('sleep', ['60']);
    const stop = superviseChild(child, { afterExit });
    await Promise.all([stop(), stop()]);
    await stop();
    expect(isRunning(child)).toBe(false);
    expect(afterExit).toHaveBeenCalledTimes(1);
  });
});

describe('outputTail', () => {
  it('keeps the last lines within a byte budget', () => {
    const tail = outputTail(20);
    tail.append(Buffer.from('one\ntwo\nthree\n'));
    tail.append('four\nfive\n');
    expect(tail.lines(2)).toBe('four\nfive');
    expect(tail.lines(10).length).toBeLessThanOrEqual(20);
  });
});
