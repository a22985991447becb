'use strict';

const http = require('node:http');
const { openLoop, SubmissionDriver } = require('./driver');

describe('openLoop', () => {
  it('fires at the given rate without waiting for earlier calls to finish', async () => {
    const firedAt = [];
    const started = performance.now();
    const { scheduleLagMs } = await openLoop({
      rate: 50,
      durationSeconds: 0.2,
      // Each call takes longer than the interval: a closed loop would fall behind.
      fire: () => {
        firedAt.push(performance.now() - started);
        return new Promise((resolve) => setTimeout(resolve, 100));
      },
    });
    expect(firedAt).toHaveLength(10);
    expect(scheduleLagMs).toHaveLength(10);
    // The tenth call is due at 180 ms, long before the first nine calls' 100 ms each would end.
    expect(firedAt[9]).toBeGreaterThanOrEqual(175);
    expect(firedAt[9]).toBeLessThan(400);
  });

  it('keeps to the schedule after a failed call, then rejects with the failure', async () => {
    let calls = 0;
    await expect(
      openLoop({ rate: 1000, durationSeconds: 0.005, fire: () => (++calls === 2 ? Promise.reject(new Error('refused')) : Promise.resolve()) }),
    ).rejects.toThrow('refused');
    expect(calls).toBe(5);
  });

  it('stops early when told', async () => {
    let calls = 0;
    await openLoop({ rate: 1000, durationSeconds: 1, fire: async () => void calls++, stopped: () => calls >= 3 });
    expect(calls).toBe(3);
  });
});

describe('SubmissionDriver', () => {
  let server;
  let baseUrl;
  let answers;
  const bodies = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const request = JSON.parse(body);
        // The result read after a final push, answered apart from the submissions.
        if (request.query.includes('submission(id:')) return void res.end(JSON.stringify({ data: { submission: { id: request.variables.id, status: 'PASSED' } } }));
        bodies.push(request);
        const answer = answers.shift();
        if (answer === 'reset') req.socket.destroy();
        else res.end(JSON.stringify(answer));
      });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => {
    bodies.length = 0;
  });

  /**
   * A learner whose socket pushes RUNNING, then PASSED, for any submission it follows.
   * @returns {any}
   */
  function learner() {
    const followed = [];
    const socket = {
      subscribe(request, sink) {
        followed.push(request.variables.id);
        setTimeout(() => sink.next({ data: { submissionUpdated: { id: request.variables.id, status: 'RUNNING' } } }), 5);
        setTimeout(() => sink.next({ data: { submissionUpdated: { id: request.variables.id, status: 'PASSED' } } }), 10);
        return () => undefined;
      },
    };
    return { token: 'token', socket, followed };
  }

  it('sends the submission with a fresh idempotency key and follows it to its first final status', async () => {
    const ama = learner();
    answers = [{ data: { submitExercise: { id: 's1', status: 'QUEUED' } } }];
    const driver = new SubmissionDriver({ baseUrl, learners: [ama], input: { courseSlug: 'c', exerciseSlug: 'e', code: 'x = 1' } });
    const record = await driver.submit();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(bodies[0].variables.input).toEqual({ idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/), courseSlug: 'c', exerciseSlug: 'e', code: 'x = 1' });
    expect(record).toMatchObject({ id: 's1', error: null, resentAfter: null, eventStatus: 'PASSED' });
    expect(record.eventAt).toBeGreaterThanOrEqual(record.respondedAt);
    expect(ama.followed).toEqual(['s1']);
    await driver.stopFollowing(0);
    expect(driver.acceptedIds()).toEqual(['s1']);
  });

  it('sends again with the same key once the connection failed, as the web app does', async () => {
    answers = ['reset', { data: { submitExercise: { id: 's2', status: 'QUEUED' } } }];
    const driver = new SubmissionDriver({ baseUrl, learners: [learner()], input: {} });
    expect(await driver.submit()).toMatchObject({ id: 's2', resentAfter: expect.stringMatching(/^NETWORK: /), error: null });
    expect(bodies[1].variables.input.idempotencyKey).toBe(bodies[0].variables.input.idempotencyKey);
  });

  it('waits a while for late pushes, then stops following what never came', async () => {
    let unsubscribed = 0;
    const silent = { token: 't', socket: { subscribe: () => () => void unsubscribed++ } };
    answers = [{ data: { submitExercise: { id: 's3', status: 'QUEUED' } } }, { data: { submitExercise: { id: 's4', status: 'QUEUED' } } }];
    const quiet = new SubmissionDriver({ baseUrl, learners: [/** @type {any} */ (silent)], input: {} });
    const late = new SubmissionDriver({ baseUrl, learners: [learner()], input: {} });
    const [missed, pushed] = [await quiet.submit(), await late.submit()];
    const started = Date.now();
    await Promise.all([quiet.stopFollowing(150), late.stopFollowing(5000)]);
    expect(missed).toMatchObject({ id: 's3', eventAt: null });
    expect(unsubscribed).toBe(1);
    expect(pushed).toMatchObject({ id: 's4', eventStatus: 'PASSED' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('notes the error code of a refusal and follows nothing', async () => {
    const ama = learner();
    answers = [{ errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED' } }] }];
    const driver = new SubmissionDriver({ baseUrl, learners: [ama], input: {} });
    expect(await driver.submit()).toMatchObject({ id: null, error: 'RATE_LIMITED' });
    expect(ama.followed).toEqual([]);
    expect(driver.acceptedIds()).toEqual([]);
  });
});
