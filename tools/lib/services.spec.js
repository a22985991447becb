const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const {
  ServiceSetupError,
  freePort,
  findPostgresBin,
  postgresAccount,
  postgresAnswers,
  redactUrl,
  redisAnswers,
  startPostgresCluster,
  startRedisServer,
} = require('./services');

const made = [];
function tmpDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sankofa-services-spec-'));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe('freePort', () => {
  it('returns a port that can be bound on 127.0.0.1', async () => {
    const port = await freePort();
    const server = net.createServer();
    await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', () => resolve(undefined)));
    await new Promise((resolve) => server.close(resolve));
  });
});

describe('redactUrl', () => {
  it('hides the password and keeps the rest', () => {
    expect(redactUrl('postgres://app:s3cret@db:5432/x')).toBe('postgres://app:***@db:5432/x');
    expect(redactUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });
});

describe('redis', () => {
  it('reports a closed port as not answering, quickly', async () => {
    const started = Date.now();
    const result = await redisAnswers(`redis://127.0.0.1:${await freePort()}`, { timeoutMs: 1000 });
    expect(result).toEqual({ ok: false, policy: null, error: expect.stringContaining('ECONNREFUSED') });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('starts a private redis-server without eviction, and stops it', async () => {
    const redis = await startRedisServer();
    try {
      expect(redis.url).toBe(`redis://127.0.0.1:${redis.port}`);
      expect(await redisAnswers(redis.url)).toEqual({ ok: true, policy: 'noeviction', error: null });
    } finally {
      await redis.stop();
    }
    expect((await redisAnswers(redis.url, { timeoutMs: 500 })).ok).toBe(false);
    await redis.stop(); // idempotent
  });

  it('keeps a folder it was given and works in it', async () => {
    const dir = tmpDir();
    try {
      const redis = await startRedisServer({ dir });
      await redis.stop();
      expect(fs.existsSync(dir)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails with the server output when the port is taken', async () => {
    const blocker = await startRedisServer();
    try {
      await expect(startRedisServer({ port: blocker.port, startTimeoutMs: 3000 })).rejects.toThrow(/did not start on port/);
    } finally {
      await blocker.stop();
    }
  });

  it('names the apt package in one line when redis-server is missing', async () => {
    const savedPath = process.env.PATH;
    process.env.PATH = tmpDir();
    try {
      const error = await startRedisServer().catch((err) => err);
      expect(error).toBeInstanceOf(ServiceSetupError);
      expect(error.message).toContain('apt-get install -y redis-server');
      expect(error.message).not.toContain('\n');
      expect(error.stack).toBe(error.message);
    } finally {
      process.env.PATH = savedPath;
    }
  });
});

describe('postgres', () => {
  it('reports a closed port as not answering', async () => {
    const result = await postgresAnswers(`postgres://postgres@127.0.0.1:${await freePort()}/postgres`);
    expect(result).toEqual({ ok: false, error: expect.stringContaining('ECONNREFUSED') });
  });

  it('starts a throwaway cluster with trust auth on 127.0.0.1, and removes it on stop', async () => {
    const cluster = await startPostgresCluster();
    try {
      expect(cluster.url).toBe(`postgres://postgres@127.0.0.1:${cluster.port}/postgres`);
      expect(await postgresAnswers(cluster.url)).toEqual({ ok: true, error: null });
      expect(fs.existsSync(path.join(cluster.dir, 'data', 'PG_VERSION'))).toBe(true);
    } finally {
      await cluster.stop();
    }
    expect(fs.existsSync(cluster.dir)).toBe(false);
    expect((await postgresAnswers(cluster.url)).ok).toBe(false);
  });

  it('keeps a folder it was given but removes the cluster inside', async () => {
    const dir = tmpDir();
    fs.chmodSync(dir, 0o755);
    try {
      const cluster = await startPostgresCluster({ dir });
      expect(cluster.dir).toBe(dir);
      await cluster.stop();
      expect(fs.existsSync(dir)).toBe(true);
      expect(fs.existsSync(path.join(dir, 'data'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds the newest installed server binaries', () => {
    const root = tmpDir();
    try {
      /** @type {Array<[string, string[]]>} */
      const installed = [['13', ['initdb', 'postgres']], ['15', ['initdb', 'postgres']], ['16', ['initdb']]];
      for (const [version, files] of installed) {
        fs.mkdirSync(path.join(root, version, 'bin'), { recursive: true });
        for (const f of files) fs.writeFileSync(path.join(root, version, 'bin', f), '');
      }
      expect(findPostgresBin({ roots: [path.join(root, 'missing'), root] })).toBe(path.join(root, '15', 'bin'));
      expect(findPostgresBin({ roots: [path.join(root, 'missing')] })).toBeNull();
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('names the apt package in one line when PostgreSQL is missing', async () => {
    const error = await startPostgresCluster({ postgresRoots: [tmpDir()] }).catch((err) => err);
    expect(error).toBeInstanceOf(ServiceSetupError);
    expect(error.message).toContain('apt-get install -y postgresql');
    expect(error.message).not.toContain('\n');
  });
});

describe('postgres on a taken port', () => {
  it('fails instead of mistaking the other server for its own', async () => {
    const first = await startPostgresCluster();
    try {
      await expect(startPostgresCluster({ port: first.port, startTimeoutMs: 5000 })).rejects.toThrow(/did not start on port/);
    } finally {
      await first.stop();
    }
  });
});

describe('postgresAccount', () => {
  it('reads the account from the passwd file', () => {
    const file = path.join(tmpDir(), 'passwd');
    fs.writeFileSync(file, 'root:x:0:0:root:/root:/bin/bash\npostgres:x:104:110:PostgreSQL administrator:/var/lib/postgresql:/bin/bash\n');
    expect(postgresAccount(file)).toEqual({ uid: 104, gid: 110 });
  });
});
