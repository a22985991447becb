// Runs the web image's nginx configuration (docker/nginx) with the local nginx binary against a
// fake built web app and two fake API instances: static caching, gzip, the single-page-app
// fallback, and /graphql over HTTP and WebSocket across both instances.
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const { spawn, spawnSync } = require('node:child_process');
const { WebSocket, WebSocketServer } = require('ws');
const { freePort, onPath } = require('../lib/services');
const { stopChild } = require('../lib/child-processes');

const ROOT = path.resolve(__dirname, '../..');
const NGINX_DIR = path.join(ROOT, 'docker/nginx');

if (!onPath('nginx', { PATH: `${process.env.PATH}:/usr/sbin` })) {
  throw new Error('nginx is not installed: run `apt-get install -y nginx-light` (the web image’s nginx configuration is tested with it)');
}

function request(port, urlPath, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: urlPath, method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A fake API instance: echoes what it received on /graphql, and echoes WebSocket messages. */
function fakeApi(name) {
  const seen = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ url: req.url, headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'application/graphql-response+json' });
      // Large enough for nginx to compress.
      res.end(JSON.stringify({ data: { instance: name, padding: 'x'.repeat(2000) } }));
    });
  });
  const wss = new WebSocketServer({ server, path: '/graphql' });
  wss.on('connection', (socket, req) => {
    socket.protocolSeen = req.headers['sec-websocket-protocol'];
    socket.on('message', (m) => socket.send(`${name}:${m}`));
  });
  return {
    seen,
    listen: () => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port))),
    close: () =>
      new Promise((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('nginx configuration of the web image', () => {
  let dir;
  let port;
  let nginx;
  let apis;
  let log = '';
  const bigJs = `console.log(${JSON.stringify('sankofa '.repeat(400))});\n`;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sankofa-nginx-'));
    // nginx's workers run as an unprivileged user when the test runs as root.
    fs.chmodSync(dir, 0o755);
    const html = path.join(dir, 'html');
    fs.mkdirSync(path.join(html, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(html, 'index.html'), '<!doctype html><title>Sankofa</title><div id="root"></div>');
    fs.writeFileSync(path.join(html, 'assets/index-Bx12ab.js'), bigJs);
    fs.writeFileSync(path.join(html, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    fs.writeFileSync(path.join(html, 'manifest.webmanifest'), '{"name":"Sankofa"}');
    fs.writeFileSync(path.join(html, 'icon-192.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));

    apis = [fakeApi('api-1'), fakeApi('api-2')];
    const apiPorts = await Promise.all(apis.map((a) => a.listen()));
    port = await freePort();

    // The shipped files, with the image's paths pointed into the temp folder.
    const sankofa = path.join(dir, 'sankofa');
    fs.mkdirSync(sankofa);
    fs.copyFileSync(path.join(NGINX_DIR, 'security-headers.conf'), path.join(sankofa, 'security-headers.conf'));
    const upstream = fs
      .readFileSync(path.join(NGINX_DIR, 'upstream.compose.conf'), 'utf8')
      .replace('api-1:3000', `127.0.0.1:${apiPorts[0]}`)
      .replace('api-2:3000', `127.0.0.1:${apiPorts[1]}`);
    fs.writeFileSync(path.join(sankofa, 'upstream.conf'), upstream);
    const conf = fs
      .readFileSync(path.join(NGINX_DIR, 'nginx.conf'), 'utf8')
      .replaceAll('/tmp/', `${dir}/`)
      .replaceAll('/etc/nginx/sankofa/', `${sankofa}/`)
      .replace('/usr/share/nginx/html', html)
      .replace('listen 8080;', `listen 127.0.0.1:${port};`)
      // Node's child stdio are sockets, which nginx cannot open by path (Docker's are pipes).
      .replace('access_log /dev/stdout;', `access_log ${dir}/access.log;`);
    fs.writeFileSync(path.join(dir, 'nginx.conf'), conf);

    const nginxBin = onPath('nginx', { PATH: `${process.env.PATH}:/usr/sbin` });
    const check = spawnSync(nginxBin, ['-t', '-p', dir, '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' });
    if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);
    nginx = spawn(nginxBin, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
    nginx.stderr.on('data', (d) => (log += d));
    nginx.stdout.on('data', () => undefined);
    const deadline = Date.now() + 10000;
    for (;;) {
      try {
        await request(port, '/healthz');
        break;
      } catch (err) {
        if (Date.now() > deadline) throw new Error(`nginx did not start: ${log}`, { cause: err });
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  });

  afterAll(async () => {
    if (nginx) await stopChild(nginx, { signal: 'SIGQUIT', timeoutMs: 5000 });
    if (apis) await Promise.all(apis.map((a) => a.close()));
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const expectSecurityHeaders = (res) => {
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  };

  it('serves the entry page without a long cache', async () => {
    const res = await request(port, '/');
    expect(res.status).toBe(200);
    expect(res.body.toString()).toContain('<div id="root">');
    expect(res.headers['cache-control']).toBe('no-cache');
    expectSecurityHeaders(res);
  });

  it('answers app routes with the entry page (single-page app)', async () => {
    const res = await request(port, '/courses/intro-to-ml/lessons/3');
    expect(res.status).toBe(200);
    expect(res.body.toString()).toContain('<div id="root">');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('caches hashed assets for a year and compresses them', async () => {
    const res = await request(port, '/assets/index-Bx12ab.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(res.body).toString()).toBe(bigJs);
    expect(res.body.length).toBeLessThan(bigJs.length / 4);
    expectSecurityHeaders(res);
  });

  it('answers a missing asset with 404, not with the entry page', async () => {
    const res = await request(port, '/assets/index-gone.js');
    expect(res.status).toBe(404);
  });

  it('never lets the service worker or the manifest be cached for long', async () => {
    const sw = await request(port, '/sw.js');
    expect(sw.headers['cache-control']).toBe('no-cache');
    const manifest = await request(port, '/manifest.webmanifest');
    expect(manifest.headers['cache-control']).toBe('no-cache');
    expect(manifest.headers['content-type']).toBe('application/manifest+json');
  });

  it('caches other files of the app for a day', async () => {
    const res = await request(port, '/icon-192.png');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=86400');
  });

  it('proxies /graphql to both API instances with the client address and compresses answers', async () => {
    const body = JSON.stringify({ query: '{ health { status } }' });
    const answers = [];
    for (let i = 0; i < 4; i++) {
      const res = await request(port, '/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip', cookie: 'sankofa_refresh=abc' },
        body,
      });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe('gzip');
      answers.push(JSON.parse(zlib.gunzipSync(res.body).toString()).data.instance);
    }
    expect(new Set(answers)).toEqual(new Set(['api-1', 'api-2']));
    const seen = [...apis[0].seen, ...apis[1].seen].filter((s) => s.body === body);
    expect(seen).toHaveLength(4);
    for (const s of seen) {
      expect(s.url).toBe('/graphql');
      expect(s.headers['x-forwarded-for']).toBe('127.0.0.1');
      expect(s.headers.cookie).toBe('sankofa_refresh=abc');
    }
  });

  it('carries graphql-ws WebSockets through to an API instance', async () => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws');
    const reply = await new Promise((resolve, reject) => {
      socket.once('open', () => socket.send('ping'));
      socket.once('message', (m) => resolve(m.toString()));
      socket.once('error', reject);
    });
    expect(reply).toMatch(/^api-[12]:ping$/);
    expect(socket.protocol).toBe('graphql-transport-ws');
    socket.close();
  });

  it('keeps answering /graphql when one API instance is down', async () => {
    await apis[1].close();
    for (let i = 0; i < 3; i++) {
      const res = await request(port, '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body.toString()).data.instance).toBe('api-1');
    }
  });
});
