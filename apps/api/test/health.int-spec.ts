import { bullConnection, GRADING_QUEUE } from '@sankofa/queue';
import { DATABASE_KINDS } from '@sankofa/testing';
import { Worker } from 'bullmq';
import { ApiUnderTest } from './support/api-under-test';

const HEALTH = `query { health { status database { status latencyMs } redis { status } grader { status workers queue { waiting active failed } } } }`;

describe.each(DATABASE_KINDS)('health on %s', (kind) => {
  let api: ApiUnderTest;
  beforeAll(async () => {
    api = await ApiUnderTest.start(kind);
  });
  afterAll(() => api.stop());

  it('is public and reports a missing grader as DEGRADED', async () => {
    const res = await api.gql<{ health: Record<string, any> }>(HEALTH);
    expect(res.data?.health).toMatchObject({
      status: 'DEGRADED',
      database: { status: 'OK', latencyMs: expect.any(Number) },
      redis: { status: 'OK' },
      grader: { status: 'DEGRADED', workers: 0, queue: { waiting: 0, active: 0, failed: 0 } },
    });
  });

  it('sees grader workers connected to this deployment only', async () => {
    const options = { connection: bullConnection(api.settings.redisUrl), autorun: false };
    const ours = new Worker(GRADING_QUEUE, async () => undefined, { ...options, prefix: api.settings.redisNamespace });
    const elsewhere = new Worker(GRADING_QUEUE, async () => undefined, { ...options, prefix: `${api.settings.redisNamespace}-other` });
    try {
      await Promise.all([ours.waitUntilReady(), elsewhere.waitUntilReady()]);
      void ours.run();
      void elsewhere.run();
      await new Promise((r) => setTimeout(r, 200));
      const res = await api.gql<{ health: Record<string, any> }>(HEALTH);
      expect(res.data?.health).toMatchObject({ status: 'OK', grader: { status: 'OK', workers: 1 } });
    } finally {
      await Promise.all([ours.close(), elsewhere.close()]);
    }
  });

  it('answers the HTTP readiness and liveness probes', async () => {
    const ready = await fetch(`${api.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ database: { status: 'OK' }, redis: { status: 'OK' } });
    expect((await fetch(`${api.url}/live`)).status).toBe(200);
  });
});

describe('readiness when Redis is unreachable', () => {
  it('answers 503 with the failing component, quickly', async () => {
    const api = await ApiUnderTest.start('sqlite', { redisUrl: 'redis://127.0.0.1:1' });
    try {
      const started = Date.now();
      const ready = await fetch(`${api.url}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'DOWN', database: { status: 'OK' }, redis: { status: 'DOWN', detail: 'redis unreachable' } });
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await api.stop();
    }
  });
});
