import Redis from 'ioredis';
import { Client } from 'pg';
import { GradingSystem, hostProcesses, ServerProcess, shippedSolution, startThrowawayRedis, ThrowawayRedis, until } from '../support/grading-system';

const COURSE = { courseSlug: 'python-for-data', exerciseSlug: 'summarise-a-column' };

const SOLUTION = shippedSolution(COURSE.courseSlug, COURSE.exerciseSlug);

/** The same solution, slow but within the limits: 8 cases × 0.35 s of sleep, no CPU spent. */
const SLOW_SOLUTION = `import time\n${SOLUTION.replace('def summarise(values):\n', 'def summarise(values):\n    time.sleep(0.35)\n')}`;

interface StoredRun {
  status: string;
  finished: boolean;
  graderAttempts: number;
  /** The last grader fault, for a failing test to show. */
  fault: string | null;
}

/** Every process below `pid`: a grader's sandboxes. */
function descendantsOf(pid: number): number[] {
  const processes = hostProcesses();
  const found: number[] = [];
  const visit = (parent: number) => {
    for (const child of processes.filter((p) => p.ppid === parent)) {
      found.push(child.pid);
      visit(child.pid);
    }
  };
  visit(pid);
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Resolves with how long the process took to exit. */
function exited(server: ServerProcess, timeoutMs: number): Promise<number> {
  const started = Date.now();
  return until(`${server.name} exits`, () => (server.child.exitCode !== null || server.child.signalCode !== null ? Date.now() - started : undefined), timeoutMs);
}

/**
 * Graders crash, are stopped, lose their queue, and the API loses Redis: through real API and
 * grader processes on a Redis of this suite's own, every submission is still graded, once.
 */
describe('grading survives crashes, restarts and lost queue data', () => {
  let redis: ThrowawayRedis;
  let system: GradingSystem;
  let db: Client;
  let token: string;

  beforeAll(async () => {
    // The suite's own Redis: one test takes it away.
    redis = await startThrowawayRedis();
    system = await GradingSystem.start({ graders: 1, env: { REDIS_URL: redis.url } });
    token = await system.learner([COURSE.courseSlug]);
    db = new Client({ connectionString: process.env['SANKOFA_TEST_POSTGRES_URL'] });
    await db.connect();
  }, 180_000);

  afterAll(async () => {
    await db?.end();
    await system?.stop();
    await redis?.stop();
  });

  /** A grader is taking jobs when a test starts, whatever the test before did to the others. */
  beforeEach(async () => {
    if (system.runningGraders.length === 0) await system.addGrader();
  }, 60_000);

  async function submit(code: string): Promise<string> {
    const res = await system.submit(token, { ...COURSE, code });
    if (!res.data) throw new Error(`submitExercise refused: ${JSON.stringify(res.errors)}`);
    return res.data.submitExercise.id;
  }

  async function runsOf(submissionId: string): Promise<StoredRun[]> {
    const { rows } = await db.query<{ status: string; finished_at: Date | null; grader_attempts: number; fault_message: string | null }>(
      'SELECT status, finished_at, grader_attempts, fault_message FROM grading_runs WHERE submission_id = $1',
      [submissionId],
    );
    return rows.map((r) => ({ status: r.status, finished: r.finished_at !== null, graderAttempts: r.grader_attempts, fault: r.fault_message }));
  }

  function running(submissionId: string): Promise<true> {
    return until('the grading starts', async () => ((await system.submission(token, submissionId)).status === 'RUNNING' ? true : undefined), 30_000);
  }

  it('grades a submission again, once, after its grader is killed with SIGKILL in the middle of it', async () => {
    const [grader] = system.runningGraders;
    const id = await submit(SLOW_SOLUTION);
    await running(id);
    // In the sandbox by now: the slow solution spends 2.8 s in its cases.
    const sandbox = await until('the sandbox starts', () => {
      const pids = descendantsOf(grader.child.pid!);
      return pids.length ? pids : undefined;
    }, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 500));

    grader.child.kill('SIGKILL');
    const killedAt = Date.now();
    await exited(grader, 5000);
    await system.addGrader();
    const view = await system.graded(token, id, 15_000 - (Date.now() - killedAt));
    const secondsAfterKill = (Date.now() - killedAt) / 1000;

    expect(view.status).toBe('PASSED');
    expect(secondsAfterKill).toBeLessThanOrEqual(15);
    expect(await runsOf(id)).toEqual([{ status: 'PASSED', finished: true, graderAttempts: 2, fault: null }]);
    // The killed grader's sandbox did not outlive it (bubblewrap dies with its parent).
    await until('the orphaned sandbox ends', () => (sandbox.some(alive) ? undefined : true), 5000);
  }, 90_000);

  it('finishes the running gradings when a grader is asked to stop, and exits within the drain time', async () => {
    const [grader] = system.runningGraders;
    const ids = [await submit(SLOW_SOLUTION), await submit(SLOW_SOLUTION), await submit(SLOW_SOLUTION)];
    await running(ids[0]);

    grader.child.kill('SIGTERM');
    // Up to 8 s of draining, then the process closes its connections and ends.
    expect(await exited(grader, 15_000)).toBeLessThanOrEqual(10_500);
    // The gradings it finished while draining still told the learners' pages.
    expect(grader.tail.lines(500)).not.toContain('not published');

    // What the drain did not finish, the next grader grades.
    await system.addGrader();
    for (const id of ids) {
      expect((await system.graded(token, id, 30_000)).status).toBe('PASSED');
      expect(await runsOf(id)).toEqual([expect.objectContaining({ status: 'PASSED', finished: true, fault: null })]);
    }
  }, 120_000);

  it('stops within the drain time when asked to while Redis is unreachable', async () => {
    const [grader] = system.runningGraders;
    await redis.stop();
    try {
      grader.child.kill('SIGTERM');
      // 8 s of draining at most, then each close that waits for Redis gets 1 s.
      expect(await exited(grader, 20_000)).toBeLessThanOrEqual(12_000);
    } finally {
      redis = await startThrowawayRedis({ port: redis.port });
    }
  }, 60_000);

  it('queues again, from the database, submissions whose jobs were lost from Redis', async () => {
    await system.stopGraders();
    const ids = [await submit(SOLUTION), await submit(SOLUTION), await submit(SOLUTION)];
    expect(await system.queue.getJobCounts('waiting')).toEqual({ waiting: ids.length });

    // Everything of the deployment's grading queue disappears: jobs, ids, events.
    const client = new Redis(redis.url);
    try {
      const keys = await client.keys(`sankofa:${system.stack.namespace}:grading:*`);
      expect(keys.length).toBeGreaterThan(0);
      await client.del(...keys);
    } finally {
      client.disconnect();
    }
    expect(await system.queue.getJobCounts('waiting')).toEqual({ waiting: 0 });

    await system.addGrader();
    for (const id of ids) {
      expect((await system.graded(token, id, 40_000)).status).toBe('PASSED');
      expect(await runsOf(id)).toEqual([{ status: 'PASSED', finished: true, graderAttempts: 1, fault: null }]);
    }
  }, 120_000);

  it('ends with a grader fault, once, a run whose every try ended its grader, instead of queuing it forever', async () => {
    await system.stopGraders();
    const id = await submit(SOLUTION);
    // As if six tries had each taken a grader down with them: RUNNING, no result, no live job.
    await db.query("UPDATE grading_runs SET status = 'RUNNING', grader_attempts = 6 WHERE submission_id = $1", [id]);
    await system.queue.obliterate({ force: true });

    await system.addGrader();
    const view = await system.graded(token, id, 40_000);
    expect(view.status).toBe('GRADER_FAULT');
    expect(await runsOf(id)).toEqual([{ status: 'GRADER_FAULT', finished: true, graderAttempts: 6, fault: expect.stringMatching(/no result after 6 tries/) }]);
  }, 120_000);

  it('stores a submission while Redis is down, and grades it once Redis is back', async () => {
    await system.stopGraders();
    await redis.stop();

    let id: string | null;
    try {
      // The learner gets an answer, not a request that hangs until Redis is back.
      id = await Promise.race([submit(SOLUTION), new Promise<null>((resolve) => setTimeout(() => resolve(null), 15_000))]);
    } finally {
      // Redis comes back empty, on the same address.
      redis = await startThrowawayRedis({ port: redis.port });
    }
    expect(id).toEqual(expect.any(String));
    expect((await system.submission(token, id!)).status).toBe('QUEUED');

    await system.addGrader();
    await system.graded(token, id!, 40_000);
    expect(await runsOf(id!)).toEqual([{ status: 'PASSED', finished: true, graderAttempts: 1, fault: null }]);
  }, 120_000);

  it('refuses to start a grader on a Redis that may evict keys, and says why', async () => {
    const evicting = await startThrowawayRedis();
    try {
      const client = new Redis(evicting.url);
      await client.config('SET', 'maxmemory-policy', 'allkeys-lru');
      client.disconnect();

      const { code, output } = await system.runGraderWith({ REDIS_URL: evicting.url });
      expect(code).toBe(1);
      expect(output).toContain('The grader could not start: Redis uses maxmemory-policy allkeys-lru; Sankofa needs noeviction');
    } finally {
      await evicting.stop();
    }
  }, 60_000);
});
