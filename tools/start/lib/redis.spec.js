const path = require('node:path');
const { chooseRedis, watchRedis, LOCAL_URL } = require('./redis');
const { StartError } = require('./errors');
const { redactUrl } = require('../../lib/services');

/** A stand-in for tools/lib/services.js: `answers` maps URLs to redisAnswers() results. */
function fakeServices(answers, { startFails = false } = {}) {
  const started = [];
  return {
    started,
    redactUrl,
    redisAnswers: jest.fn(async (url) => answers[url] ?? { ok: false, policy: null, error: 'connect ECONNREFUSED' }),
    startRedisServer: jest.fn(async ({ dir }) => {
      if (startFails) throw new Error('redis-server did not start on port 41000:\nFatal error, can\'t open config file');
      const server = { url: 'redis://127.0.0.1:41000', port: 41000, dir, stop: jest.fn(async () => undefined) };
      started.push(server);
      return server;
    }),
  };
}

const dataDir = '/home/ada/sankofa/data';
const withRedisServer = () => '/usr/bin/redis-server';
const withoutRedisServer = () => null;

describe('chooseRedis', () => {
  it('uses REDIS_URL when it answers, without looking elsewhere', async () => {
    const services = fakeServices({ 'redis://cache:6379/2': { ok: true, policy: 'noeviction' } });
    const redis = await chooseRedis({ redisUrl: 'redis://cache:6379/2', dataDir, services, findExec: withRedisServer });
    expect(redis).toEqual({ url: 'redis://cache:6379/2', source: 'env', note: undefined });
    expect(services.redisAnswers).toHaveBeenCalledTimes(1);
    expect(services.startRedisServer).not.toHaveBeenCalled();
  });

  it('fails with one line when REDIS_URL does not answer, hiding its password', async () => {
    const services = fakeServices({});
    const attempt = chooseRedis({ redisUrl: 'redis://:s3cret@cache:6379', dataDir, services, findExec: withRedisServer });
    await expect(attempt).rejects.toThrow(StartError);
    await expect(attempt).rejects.toThrow('REDIS_URL=redis://:***@cache:6379 does not answer (connect ECONNREFUSED): start that Redis, or unset REDIS_URL.');
    expect(services.startRedisServer).not.toHaveBeenCalled();
  });

  it('warns, but goes on, when the chosen REDIS_URL may evict keys', async () => {
    const services = fakeServices({ 'redis://cache:6379': { ok: true, policy: 'allkeys-lru' } });
    const redis = await chooseRedis({ redisUrl: 'redis://cache:6379', dataDir, services, findExec: withRedisServer });
    expect(redis.source).toBe('env');
    expect(redis.note).toMatch(/^Warning: .*maxmemory-policy allkeys-lru; Sankofa needs noeviction/);
  });

  it('uses the Redis on 127.0.0.1:6379 when it answers with noeviction', async () => {
    const services = fakeServices({ [LOCAL_URL]: { ok: true, policy: 'noeviction' } });
    const redis = await chooseRedis({ dataDir, services, findExec: withRedisServer });
    expect(redis).toEqual({ url: 'redis://127.0.0.1:6379', source: 'local' });
    expect(services.startRedisServer).not.toHaveBeenCalled();
  });

  it('starts a private redis-server in <data>/redis when the local one may evict keys', async () => {
    const services = fakeServices({ [LOCAL_URL]: { ok: true, policy: 'volatile-lru' } });
    const redis = await chooseRedis({ dataDir, services, findExec: withRedisServer });
    expect(services.startRedisServer).toHaveBeenCalledWith({ dir: path.join(dataDir, 'redis') });
    expect(redis).toMatchObject({ url: 'redis://127.0.0.1:41000', source: 'started', port: 41000 });
    expect(redis.note).toBe('Not using 127.0.0.1:6379: the Redis on 127.0.0.1:6379 uses maxmemory-policy volatile-lru, not noeviction.');
    await redis.stop();
    expect(services.started[0].stop).toHaveBeenCalled();
  });

  it('starts a private redis-server when nothing answers on 127.0.0.1:6379', async () => {
    const services = fakeServices({});
    const redis = await chooseRedis({ dataDir, services, findExec: withRedisServer });
    expect(redis).toMatchObject({ source: 'started', note: undefined });
  });

  it('names the install command when no Redis can be had', async () => {
    const services = fakeServices({});
    const attempt = chooseRedis({ dataDir, services, findExec: withoutRedisServer });
    await expect(attempt).rejects.toThrow(
      'Redis is needed and none can be used (nothing answers on 127.0.0.1:6379): install it with `sudo apt-get install -y redis-server` (Debian/Ubuntu) or `brew install redis` (macOS), or set REDIS_URL.',
    );
  });

  it('says why the local Redis was not usable when redis-server is missing too', async () => {
    const services = fakeServices({ [LOCAL_URL]: { ok: true, policy: 'allkeys-lru' } });
    await expect(chooseRedis({ dataDir, services, findExec: withoutRedisServer })).rejects.toThrow(
      /none can be used \(the Redis on 127\.0\.0\.1:6379 uses maxmemory-policy allkeys-lru, not noeviction\): install it with/,
    );
  });

  it('reports a redis-server that does not start in one line', async () => {
    const services = fakeServices({}, { startFails: true });
    await expect(chooseRedis({ dataDir, services, findExec: withRedisServer })).rejects.toThrow(
      `redis-server did not start (redis-server did not start on port 41000:); its folder is ${path.join(dataDir, 'redis')}.`,
    );
  });
});

describe('watchRedis', () => {
  it('resolves once the Redis has missed two checks in a row', async () => {
    const answers = [{ ok: true }, { ok: false, error: 'x' }, { ok: true }, { ok: false, error: 'a' }, { ok: false, error: 'connect ECONNREFUSED' }];
    const services = { redisAnswers: jest.fn(async () => answers.shift()) };
    const watch = watchRedis('redis://127.0.0.1:41000', { services, intervalMs: 1 });
    await expect(watch.gone).resolves.toBe('connect ECONNREFUSED');
    expect(services.redisAnswers).toHaveBeenCalledTimes(5);
  });

  it('stops checking once cancelled', async () => {
    const services = { redisAnswers: jest.fn(async () => ({ ok: true })) };
    const watch = watchRedis('redis://127.0.0.1:41000', { services, intervalMs: 1 });
    await new Promise((r) => setTimeout(r, 20));
    watch.cancel();
    const calls = services.redisAnswers.mock.calls.length;
    await new Promise((r) => setTimeout(r, 20));
    expect(services.redisAnswers.mock.calls.length).toBeLessThanOrEqual(calls + 1);
  });
});
