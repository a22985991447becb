const http = require('node:http');
const net = require('node:net');
const { waitForReady, assertPortFree, probe } = require('./readiness');
const { StartError } = require('./errors');

function listen(handler) {
  return new Promise((resolve) => {
    const server = http.createServer(handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
const urlOf = (server) => `http://127.0.0.1:${server.address().port}/ready`;
const close = (server) => new Promise((r) => server.close(r));

describe('waitForReady', () => {
  it('polls until the endpoint answers 200', async () => {
    let calls = 0;
    const server = await listen((req, res) => {
      calls += 1;
      res.writeHead(calls < 3 ? 503 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: calls < 3 ? 'DOWN' : 'OK' }));
    });
    try {
      const answer = await waitForReady(urlOf(server), { intervalMs: 10, timeoutMs: 5000 });
      expect(answer).toEqual({ status: 200, body: '{"status":"OK"}' });
      expect(calls).toBe(3);
    } finally {
      await close(server);
    }
  });

  it('keeps trying while nothing listens yet', async () => {
    const port = await new Promise((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address();
        s.close(() => resolve(port));
      });
    });
    const waiting = waitForReady(`http://127.0.0.1:${port}/ready`, { intervalMs: 20, timeoutMs: 5000 });
    await new Promise((r) => setTimeout(r, 100));
    const server = http.createServer((req, res) => res.end('{}'));
    await new Promise((r) => server.listen(port, '127.0.0.1', r));
    try {
      await expect(waiting).resolves.toMatchObject({ status: 200 });
    } finally {
      await close(server);
    }
  });

  it('gives up after the timeout with the last answer', async () => {
    const server = await listen((req, res) => {
      res.writeHead(503);
      res.end('{"status":"DOWN","redis":"DOWN"}');
    });
    try {
      await expect(waitForReady(urlOf(server), { intervalMs: 10, timeoutMs: 100 })).rejects.toThrow(
        new StartError(`${urlOf(server)} did not report ready within 0 s (it answered 503 {"status":"DOWN","redis":"DOWN"}).`),
      );
    } finally {
      await close(server);
    }
  });

  it('stops waiting, without an error, when aborted', async () => {
    const server = await listen((req, res) => {
      res.writeHead(503);
      res.end();
    });
    try {
      const abort = new Promise((r) => setTimeout(r, 50));
      await expect(waitForReady(urlOf(server), { intervalMs: 10, timeoutMs: 10000, abort })).resolves.toBeNull();
    } finally {
      await close(server);
    }
  });
});

describe('probe', () => {
  it('reports a refused connection instead of throwing', async () => {
    const answer = await probe('http://127.0.0.1:1/ready', 500);
    expect(answer.status).toBeUndefined();
    expect(answer.error.code).toBe('ECONNREFUSED');
  });
});

describe('assertPortFree', () => {
  it('accepts a free port', async () => {
    const server = await listen(() => undefined);
    const { port } = server.address();
    await close(server);
    await expect(assertPortFree(port)).resolves.toBeUndefined();
  });

  it('names a port that is taken and suggests another', async () => {
    const server = net.createServer();
    await new Promise((r) => server.listen(0, r));
    const { port } = server.address();
    try {
      await expect(assertPortFree(port)).rejects.toThrow(
        new StartError(`Port ${port} is already in use (another Sankofa or another program). Stop it, or choose another port: PORT=${port + 1} npm start`),
      );
    } finally {
      await close(server);
    }
  });
});
