import { bullConnection, GRADING_QUEUE } from '@sankofa/queue';
import { Queue } from 'bullmq';
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/* The compiled stack as production runs it: tools/lib holds the launcher the e2e tests use too. */
const { startSankofaStack } = require('../../../../tools/lib/sankofa-stack') as { startSankofaStack: (options: Record<string, unknown>) => Promise<Stack> };
const { buildTargets, ensureBuilt } = require('../../../../tools/start/lib/build') as {
  buildTargets: (root: string) => { server: unknown };
  ensureBuilt: (target: unknown, options: Record<string, unknown>) => Promise<unknown>;
};

/** A private redis-server (noeviction, nothing on disk), as the test runner starts them. */
export interface ThrowawayRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts a throwaway Redis, on `port` to bring one back at the same address. */
export const startThrowawayRedis = (require('../../../../tools/lib/services') as { startRedisServer: (options?: { port?: number }) => Promise<ThrowawayRedis> }).startRedisServer;

const ROOT = path.resolve(__dirname, '../../../..');
const GRADER_COMMAND = ['-r', path.join(ROOT, 'tools/build/register-paths.js'), path.join(ROOT, 'dist/server/apps/grader/src/main.js')];

export interface ServerProcess {
  name: string;
  child: import('node:child_process').ChildProcess;
  logFile: string;
  /** The last lines the process printed. */
  tail: { lines(count?: number): string };
  stop(): Promise<void>;
}

interface Stack {
  baseUrl: string;
  namespace: string;
  env: Record<string, string>;
  graders: ServerProcess[];
  startGrader(): ServerProcess;
  cli(args: string[]): Promise<{ stdout: string; stderr: string }>;
  stop(): Promise<void>;
}

export interface GraphQLResult<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export const SUBMISSION_FIELDS = `id status score passed attemptNumber queuePosition kind
  result { status score passed durationMs message errorDetail metric publicScore privateScore
    cases { name passed message stdout } questions { questionId correct score feedback } problems { row message } }
  runs { runNumber status reason }`;

export interface SubmissionView {
  id: string;
  status: string;
  score: number | null;
  passed: boolean | null;
  attemptNumber: number;
  queuePosition: number | null;
  kind: string;
  result: {
    status: string;
    score: number;
    passed: boolean;
    durationMs: number;
    message: string | null;
    errorDetail: string | null;
    metric: string | null;
    publicScore: number | null;
    privateScore: number | null;
    cases: Array<{ name: string; passed: boolean; message: string; stdout: string }>;
    questions: Array<{ questionId: string; correct: boolean; score: number; feedback: string | null }>;
    problems: Array<{ row: number | null; message: string }>;
  } | null;
  runs: Array<{ runNumber: number; status: string; reason: string }>;
}

const PENDING = ['QUEUED', 'RUNNING'];

/**
 * The API and grader processes, built from the current sources, on the test run's PostgreSQL
 * and Redis, with the shipped curricula published: what a learner's submission goes through.
 */
export class GradingSystem {
  private gradingQueue?: Queue;

  private constructor(readonly stack: Stack) {}

  static async start(options: { graders?: number; env?: Record<string, string> } = {}): Promise<GradingSystem> {
    await ensureBuilt(buildTargets(ROOT).server, { root: ROOT, env: process.env, log: () => undefined, quietWhenFresh: true });
    const stack = await startSankofaStack({
      redisUrl: required('SANKOFA_TEST_REDIS_URL'),
      logDir: path.join(required('SANKOFA_TEST_TMP'), `grading-system-${randomBytes(3).toString('hex')}`),
      web: false,
      graders: options.graders ?? 1,
      extraEnv: {
        DATABASE_URL: required('SANKOFA_TEST_POSTGRES_URL'),
        JWT_SECRET: randomBytes(32).toString('hex'),
        SCRYPT_LOG_N: '10',
        SIGN_UPS_PER_HOUR: '100000',
        SUBMISSIONS_PER_MINUTE: '10000',
        ...options.env,
      },
    });
    // The demo admin publishes the shipped curricula, unless an earlier suite of this run did.
    await stack.cli(['seed-demo']);
    await stack.cli(['seed-curricula']);
    return new GradingSystem(stack);
  }

  async stop(): Promise<void> {
    await this.gradingQueue?.close();
    await this.stack.stop();
  }

  /** The deployment's grading queue, as the graders and the API see it. */
  get queue(): Queue {
    if (!this.gradingQueue) {
      this.gradingQueue = new Queue(GRADING_QUEUE, { connection: bullConnection(this.stack.env['REDIS_URL']), prefix: `sankofa:${this.stack.namespace}` });
      // A test may take Redis away; the queue reconnects when it is back.
      this.gradingQueue.on('error', () => undefined);
    }
    return this.gradingQueue;
  }

  /** Grader processes that have not exited. */
  get runningGraders(): ServerProcess[] {
    return this.stack.graders.filter((g) => g.child.exitCode === null && g.child.signalCode === null);
  }

  /** Process ids of the graders whose workers are connected to the grading queue now. */
  async connectedGraderPids(): Promise<number[]> {
    const names = new Set((await this.queue.getWorkers()).map((w) => String(w['rawname'])));
    return [...names].map((name) => Number(/-(\d+)$/.exec(name)?.[1])).filter((pid) => pid > 0);
  }

  /** Starts one more grader process and resolves once its worker takes jobs. */
  async addGrader(timeoutMs = 60_000): Promise<ServerProcess> {
    const grader = this.stack.startGrader();
    await until(`${grader.name} connects to the grading queue`, async () => {
      if (grader.child.exitCode !== null) throw new Error(`${grader.name} exited; its last output:\n${grader.tail.lines(20)}`);
      return (await this.connectedGraderPids()).includes(grader.child.pid!) ? true : undefined;
    }, timeoutMs);
    return grader;
  }

  /** Stops every running grader (SIGTERM, draining), e.g. so that new submissions stay queued. */
  async stopGraders(): Promise<void> {
    await Promise.all(this.runningGraders.map((g) => g.stop()));
  }

  /**
   * Runs a grader with some settings changed, outside the stack, until it exits or `timeoutMs`
   * passes (then it is killed): how it ended and what it printed.
   */
  runGraderWith(env: Record<string, string>, timeoutMs = 30_000): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, GRADER_COMMAND, { cwd: ROOT, env: { ...this.stack.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        resolve({ code, signal, output });
      });
    });
  }

  async gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResult<T>> {
    const response = await fetch(`${this.stack.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResult<T>;
  }

  /** A new learner, enrolled in the given courses; resolves with the access token. */
  async learner(courses: string[] = []): Promise<string> {
    const email = `learner-${randomBytes(5).toString('hex')}@example.org`;
    const res = await this.gql<{ signUp: { accessToken: string } }>(
      'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      { input: { email, password: 'correct horse battery staple', displayName: 'Ama Mensah' } },
    );
    if (!res.data) throw new Error(`sign-up failed: ${JSON.stringify(res.errors)}`);
    const token = res.data.signUp.accessToken;
    for (const courseSlug of courses) {
      const enrolled = await this.gql('mutation ($courseSlug: String!) { enroll(courseSlug: $courseSlug) { slug } }', { courseSlug }, token);
      if (enrolled.errors) throw new Error(`enroll in ${courseSlug} failed: ${JSON.stringify(enrolled.errors)}`);
    }
    return token;
  }

  async submit(token: string, input: Record<string, unknown>): Promise<GraphQLResult<{ submitExercise: SubmissionView }>> {
    return this.gql(`mutation ($input: SubmitExerciseInput!) { submitExercise(input: $input) { ${SUBMISSION_FIELDS} } }`, { input: { idempotencyKey: randomUUID(), ...input } }, token);
  }

  async submission(token: string, id: string): Promise<SubmissionView> {
    const res = await this.gql<{ submission: SubmissionView }>(`query ($id: ID!) { submission(id: $id) { ${SUBMISSION_FIELDS} } }`, { id }, token);
    if (!res.data) throw new Error(`reading submission ${id} failed: ${JSON.stringify(res.errors)}`);
    return res.data.submission;
  }

  /** Polls until the submission is graded (or the time is up: then its last state). */
  async graded(token: string, id: string, timeoutMs = 30_000): Promise<SubmissionView> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const view = await this.submission(token, id);
      if (!PENDING.includes(view.status) || Date.now() > deadline) return view;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Submits and waits for the result; throws when the submission is refused. */
  async submitAndWait(token: string, input: Record<string, unknown>, timeoutMs?: number): Promise<SubmissionView> {
    const res = await this.submit(token, input);
    if (!res.data) throw new Error(`submitExercise refused: ${JSON.stringify(res.errors)}`);
    return this.graded(token, res.data.submitExercise.id, timeoutMs);
  }
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this suite through its Jest integration config`);
  return value;
}

/** The reference solution of a shipped Python exercise, as its course folder holds it. */
export function shippedSolution(courseSlug: string, exerciseSlug: string): string {
  return readFileSync(path.join(ROOT, 'curricula/courses', courseSlug, 'exercises', exerciseSlug, 'solution.py'), 'utf8');
}

/** Polls `check` until it gives a value (anything but undefined); throws naming `what` after `timeoutMs`. */
export async function until<T>(what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface HostProcess {
  pid: number;
  ppid: number;
  uid: number;
  cmdline: string;
}

/**
 * Every running process of the machine, read from /proc: where sandboxes and what they left can
 * be seen. Zombies are left out: they have ended and wait for init to collect them.
 */
export function hostProcesses(): HostProcess[] {
  const found: HostProcess[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      if (/^State:\s+Z/m.test(status)) continue;
      found.push({
        pid: Number(entry),
        ppid: Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]),
        uid: Number(/^Uid:\s+(\d+)/m.exec(status)?.[1]),
        cmdline: readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ').trim(),
      });
    } catch {
      // Exited while we looked.
    }
  }
  return found;
}
