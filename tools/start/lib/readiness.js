// Waits until the API's readiness endpoint answers 200.
const http = require('node:http');
const net = require('node:net');
const { StartError } = require('./errors');

/** One GET; resolves with { status, body } or { error } (never rejects). */
function probe(url, timeoutMs) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => {
        if (body.length < 4096) body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode, body }));
      res.on('error', (error) => resolve({ error }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (error) => resolve({ error }));
  });
}

/**
 * Polls `url` until it answers 200. Rejects with the last answer after `timeoutMs`, or as soon
 * as `abort` settles (a process died while we waited).
 */
async function waitForReady(url, { timeoutMs = 120000, intervalMs = 100, abort = new Promise(() => undefined) } = {}) {
  const deadline = Date.now() + timeoutMs;
  let aborted = false;
  abort.then(() => (aborted = true));
  let last;
  while (!aborted) {
    last = await probe(url, 2000);
    if (last.status === 200) return last;
    if (Date.now() >= deadline) {
      const answer = last.status ? `it answered ${last.status} ${last.body.trim()}` : `${last.error.message}`;
      throw new StartError(`${url} did not report ready within ${Math.round(timeoutMs / 1000)} s (${answer}).`);
    }
    await Promise.race([new Promise((r) => setTimeout(r, intervalMs)), abort]);
  }
  return null;
}

/** Throws a clear error when something already listens on `port` (it would answer our probes). */
function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (/** @type {NodeJS.ErrnoException} */ err) => {
      if (err.code === 'EADDRINUSE') {
        reject(new StartError(`Port ${port} is already in use (another Sankofa or another program). Stop it, or choose another port: PORT=${port === 3000 ? 3001 : port + 1} npm start`));
      } else if (err.code === 'EACCES') {
        reject(new StartError(`Port ${port} needs privileges this user does not have; choose a port above 1023: PORT=3000 npm start`));
      } else {
        reject(err);
      }
    });
    server.listen(port, () => server.close(() => resolve()));
  });
}

module.exports = { probe, waitForReady, assertPortFree };
