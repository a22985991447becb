import { randomBytes, randomUUID } from 'node:crypto';
import * as path from 'node:path';

/* The compiled stack as production runs it: tools/lib holds the launcher the e2e tests use too. */
const { startSankofaStack } = require('../../../../tools/lib/sankofa-stack') as { startSankofaStack: (options: Record<string, unknown>) => Promise<Stack> };
const { buildTargets, ensureBuilt } = require('../../../../tools/start/lib/build') as {
  buildTargets: (root: string) => { server: unknown };
  ensureBuilt: (target: unknown, options: Record<string, unknown>) => Promise<unknown>;
};

const ROOT = path.resolve(__dirname, '../../../..');

export interface ServerProcess {
  name: string;
  child: import('node:child_process').ChildProcess;
  logFile: string;
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
    await this.stack.stop();
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
