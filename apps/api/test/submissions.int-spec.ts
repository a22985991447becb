import type { CourseDocument } from '@sankofa/curriculum';
import { GradingRunEntity, SubmissionEntity } from '@sankofa/db';
import { SubmissionStatus, SUBMISSION_LIMITS } from '@sankofa/domain';
import { graderRegistryKey, gradingJobId, submissionChannel } from '@sankofa/queue';
import { DATABASE_KINDS } from '@sankofa/testing';
import type { Queue } from 'bullmq';
import type { Client } from 'graphql-ws';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Account, ApiUnderTest, errorCode, GraphQLResponse } from './support/api-under-test';
import { apiWithShippedCourse, editPublicSpec, ENROLL, enrolledLearner, gradingQueueOf, PREDICTION_EXERCISE, publishShippedCourse, PYTHON_EXERCISE, QUIZ_EXERCISE, recordRunResult, SUBMISSION, SUBMIT, submitInput, submitted } from './support/grading-fixtures';
import { socketClient, submissionListened, SubscriptionResults } from './support/graphql-socket';
import { RedisProxy } from './support/redis-proxy';

const FIT_A_LINE = 'def fit_line(xs, ys):\n    return 0.0, 0.0\n';
const QUIZ_ANSWER = { answers: [{ questionId: 'accuracy-trap', optionIds: ['a'] }, { questionId: 'precision', value: '0.8' }] };
const PREDICTIONS = { predictionsCsv: 'id,species\np232,Gentoo\n' };

/** A CSV of `bytes` bytes (rows of one shape; the grader, not the API, judges its content). */
function csvOfSize(bytes: number): string {
  const header = 'id,species\n';
  const row = (i: number) => `p${String(i).padStart(7, '0')},Adelie\n`;
  const rows = Math.ceil((bytes - header.length) / row(0).length);
  return (header + Array.from({ length: rows }, (_, i) => row(i)).join('')).slice(0, bytes);
}

function reasonOf(res: GraphQLResponse): unknown {
  return res.errors?.[0]?.extensions?.['reason'];
}

describe.each(DATABASE_KINDS)('submitting exercises on %s', (kind) => {
  let api: ApiUnderTest;
  let db: DataSource;
  let redis: Redis;
  let queue: Queue;
  let owner: Account;
  let course: CourseDocument;
  let learner: Account;
  const submit = (account: Account | null, input: Record<string, unknown>) => api.gql<any>(SUBMIT, { input }, account ? { token: account.token } : {});
  const storedFor = (account: Account) => db.getRepository(SubmissionEntity).countBy({ userId: account.id });

  beforeAll(async () => {
    ({ api, db, owner, course } = await apiWithShippedCourse(kind));
    redis = new Redis(api.settings.redisUrl);
    queue = gradingQueueOf(api);
    learner = await enrolledLearner(api, course.slug);
  });
  afterAll(async () => {
    await queue.close();
    redis.disconnect();
    await api.stop();
  });

  it('needs a signed-in user', async () => {
    expect(errorCode(await submit(null, submitInput(course.slug, PYTHON_EXERCISE, { code: FIT_A_LINE })))).toBe('UNAUTHENTICATED');
  });

  it('stores a submission QUEUED with its first grading run, then queues the run’s job', async () => {
    const submission = await submitted(api, learner, submitInput(course.slug, PYTHON_EXERCISE, { code: FIT_A_LINE }));
    expect(submission).toMatchObject({
      courseSlug: course.slug,
      exerciseSlug: PYTHON_EXERCISE,
      kind: 'PYTHON',
      status: 'QUEUED',
      attemptNumber: 1,
      score: null,
      passed: null,
      result: null,
      code: FIT_A_LINE,
      learnerName: 'Test Learner',
      runs: [{ runNumber: 1, status: 'QUEUED', reason: 'submitted', result: null }],
    });
    expect(submission.queuePosition).toEqual(expect.any(Number));
    const run = await db.getRepository(GradingRunEntity).findOneByOrFail({ submissionId: submission.id });
    expect(run).toMatchObject({ runNumber: 1, status: SubmissionStatus.QUEUED, priority: 0, requestedById: learner.id, finishedAt: null });
    const job = await queue.getJob(`grade-${submission.id}-1`);
    expect(job?.data).toEqual({ submissionId: submission.id, runNumber: 1 });
    expect(job?.opts.priority ?? 0).toBe(0);
    expect(await job?.getState()).toBe('waiting');
  });

  it('stores a submission once per idempotency key, however often and however fast it is sent', async () => {
    const account = await enrolledLearner(api, course.slug);
    const input = submitInput(course.slug, QUIZ_EXERCISE, QUIZ_ANSWER);
    const first = await submitted(api, account, input);
    const again = await submitted(api, account, { ...input, idempotencyKey: input.idempotencyKey.toUpperCase() });
    expect(again.id).toBe(first.id);
    const racing = submitInput(course.slug, QUIZ_EXERCISE, QUIZ_ANSWER);
    const raced = await Promise.all([1, 2, 3].map(() => submitted(api, account, racing)));
    expect(new Set(raced.map((s) => s.id)).size).toBe(1);
    expect(await storedFor(account)).toBe(2);
    expect(await db.getRepository(GradingRunEntity).countBy({ submissionId: raced[0].id })).toBe(1);
    // The same key from another learner is that learner's own submission.
    const other = await enrolledLearner(api, course.slug);
    expect((await submitted(api, other, input)).id).not.toBe(first.id);
  });

  it('refuses an idempotency key that is not a UUID', async () => {
    const res = await submit(learner, { ...submitInput(course.slug, QUIZ_EXERCISE, QUIZ_ANSWER), idempotencyKey: 'retry-1' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey', reason: 'INVALID_VALUE' });
  });

  it('lets enrolled learners and course staff submit, and nobody else', async () => {
    const stranger = await api.signUp();
    const refused = await submit(stranger, submitInput(course.slug, QUIZ_EXERCISE, QUIZ_ANSWER));
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'courseSlug', reason: 'NOT_ENROLLED' });
    expect(await storedFor(stranger)).toBe(0);
    const otherInstructor = await api.account('INSTRUCTOR');
    expect(reasonOf(await submit(otherInstructor, submitInput(course.slug, QUIZ_EXERCISE, QUIZ_ANSWER)))).toBe('NOT_ENROLLED');
    expect((await submitted(api, owner, submitInput(course.slug, QUIZ_EXERCISE, QUIZ_ANSWER))).status).toBe('QUEUED');
    expect(errorCode(await submit(learner, submitInput(`${course.slug}-gone`, QUIZ_EXERCISE, QUIZ_ANSWER)))).toBe('NOT_FOUND');
    expect(errorCode(await submit(learner, submitInput(course.slug, 'no-such-exercise', QUIZ_ANSWER)))).toBe('NOT_FOUND');
  });

  it('refuses an answer of the wrong kind, or to questions and options the quiz does not have', async () => {
    const account = await enrolledLearner(api, course.slug);
    const invalid: Array<[string, Record<string, unknown>]> = [
      [PYTHON_EXERCISE, QUIZ_ANSWER],
      [PYTHON_EXERCISE, { code: FIT_A_LINE, ...PREDICTIONS }],
      [PYTHON_EXERCISE, {}],
      [QUIZ_EXERCISE, { code: FIT_A_LINE }],
      [PREDICTION_EXERCISE, { code: 'id,species\n' }],
      [PREDICTION_EXERCISE, { predictionsCsv: ' \n' }],
      [QUIZ_EXERCISE, { answers: [{ questionId: 'no-such-question', optionIds: ['a'] }] }],
      [QUIZ_EXERCISE, { answers: [{ questionId: 'accuracy-trap', optionIds: ['z'] }] }],
      [QUIZ_EXERCISE, { answers: [{ questionId: 'accuracy-trap', optionIds: ['a', 'b'] }] }],
      [QUIZ_EXERCISE, { answers: [{ questionId: 'accuracy-trap', value: 'a' }] }],
      [QUIZ_EXERCISE, { answers: [{ questionId: 'precision', optionIds: ['a'] }] }],
      [QUIZ_EXERCISE, { answers: [{ questionId: 'precision', value: '0.8' }, { questionId: 'precision', value: '0.7' }] }],
    ];
    for (const [exercise, answer] of invalid) {
      const res = await submit(account, { courseSlug: course.slug, exerciseSlug: exercise, idempotencyKey: randomUUID(), ...answer });
      expect({ exercise, answer, error: res.errors?.[0]?.extensions }).toEqual({ exercise, answer, error: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'INVALID_SUBMISSION' }) });
    }
    const malformed = await submit(account, { courseSlug: course.slug, exerciseSlug: QUIZ_EXERCISE, idempotencyKey: randomUUID(), answers: [{ optionIds: ['a'] }] });
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
    expect(await storedFor(account)).toBe(0);
  });

  it('refuses code over 64 KB, a predictions file over 5 MB and an over-long typed answer, storing nothing', async () => {
    const account = await enrolledLearner(api, course.slug);
    const tooLarge: Array<[string, Record<string, unknown>, string]> = [
      [PYTHON_EXERCISE, { code: `# ${'x'.repeat(SUBMISSION_LIMITS.codeBytes)}\n` }, 'code'],
      // Multi-byte characters count as the bytes they take.
      [PYTHON_EXERCISE, { code: `# ${'é'.repeat(SUBMISSION_LIMITS.codeBytes / 2)}` }, 'code'],
      [PREDICTION_EXERCISE, { predictionsCsv: csvOfSize(SUBMISSION_LIMITS.predictionsBytes + 1) }, 'predictionsCsv'],
      [QUIZ_EXERCISE, { answers: [{ questionId: 'precision', value: '8'.repeat(SUBMISSION_LIMITS.quizAnswerChars + 1) }] }, 'answers'],
    ];
    for (const [exercise, answer, field] of tooLarge) {
      const res = await submit(account, { courseSlug: course.slug, exerciseSlug: exercise, idempotencyKey: randomUUID(), ...answer });
      expect(res.status).toBe(200);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason: 'SUBMISSION_TOO_LARGE' });
    }
    expect(await storedFor(account)).toBe(0);
    const atLimit = await submitted(api, account, submitInput(course.slug, PYTHON_EXERCISE, { code: `#${'x'.repeat(SUBMISSION_LIMITS.codeBytes - 2)}\n` }));
    expect(atLimit.status).toBe('QUEUED');
  });

  it('accepts a 4 MB predictions file over HTTP, while every other operation keeps the 1 MB body limit', async () => {
    const account = await enrolledLearner(api, course.slug);
    const csv = csvOfSize(4 * 1024 * 1024);
    const res = await submit(account, submitInput(course.slug, PREDICTION_EXERCISE, { predictionsCsv: csv }));
    expect(res.errors).toBeUndefined();
    expect(res.data.submitExercise).toMatchObject({ status: 'QUEUED', code: null });
    const stored = await db.getRepository(SubmissionEntity).findOneByOrFail({ id: res.data.submitExercise.id });
    expect(stored.contentBytes).toBe(csv.length);
    expect(stored.content === csv).toBe(true);

    const padding = 'x'.repeat(api.settings.bodyLimitBytes);
    const tooLarge = [
      api.gql(ENROLL, { courseSlug: padding }, { token: account.token }),
      // submitExercise beside another field does not get the exception.
      api.gql(`mutation($input: SubmitExerciseInput!, $s: String!) { submitExercise(input: $input) { id } enroll(courseSlug: $s) { slug } }`, { input: submitInput(course.slug, PREDICTION_EXERCISE, { predictionsCsv: csv }), s: course.slug }, { token: account.token }),
      api.gql(`query { me { id } }`, { padding }, { token: account.token }),
    ];
    for (const refused of await Promise.all(tooLarge)) {
      expect(refused.status).toBe(413);
      expect(refused.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'REQUEST_TOO_LARGE' });
    }
    expect(await storedFor(account)).toBe(1);
  });

  describe('with a strict deployment: 4 submissions a minute, 2 attempts per exercise', () => {
    let strict: ApiUnderTest;
    const strictSubmit = (account: Account, exercise: string, answer: Record<string, unknown>) => strict.gql<any>(SUBMIT, { input: { courseSlug: course.slug, exerciseSlug: exercise, idempotencyKey: randomUUID(), ...answer } }, { token: account.token });

    beforeAll(async () => {
      // Another instance of the same deployment (same database, Redis namespace and secret).
      strict = await ApiUnderTest.start(kind, {
        database: api.settings.database,
        redisNamespace: api.settings.redisNamespace,
        jwtSecret: api.settings.jwtSecret,
        grading: { ...api.settings.grading, submissionsPerMinute: 4, defaultMaxAttempts: 2 },
      });
    });
    afterAll(() => strict.stop());

    it('limits each learner’s submissions per minute, saying when to retry', async () => {
      const account = await enrolledLearner(api, course.slug);
      for (const [exercise, answer] of [
        [QUIZ_EXERCISE, QUIZ_ANSWER],
        [QUIZ_EXERCISE, QUIZ_ANSWER],
        [PREDICTION_EXERCISE, PREDICTIONS],
        [PYTHON_EXERCISE, { code: FIT_A_LINE }],
      ] as const) {
        expect((await strictSubmit(account, exercise, answer)).errors).toBeUndefined();
      }
      const limited = await strictSubmit(account, 'macro-f1-score', { code: FIT_A_LINE });
      expect(errorCode(limited)).toBe('RATE_LIMITED');
      const retryAfter = limited.errors?.[0]?.extensions?.['retryAfterSeconds'];
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(await storedFor(account)).toBe(4);
      // The limit is per learner.
      const other = await enrolledLearner(api, course.slug);
      expect((await strictSubmit(other, QUIZ_EXERCISE, QUIZ_ANSWER)).errors).toBeUndefined();
    });

    it('counts attempts per exercise against DEFAULT_MAX_ATTEMPTS, not those the grader failed on', async () => {
      const account = await enrolledLearner(api, course.slug);
      const first = await strictSubmit(account, QUIZ_EXERCISE, QUIZ_ANSWER);
      const second = await strictSubmit(account, QUIZ_EXERCISE, QUIZ_ANSWER);
      expect([first.data.submitExercise.attemptNumber, second.data.submitExercise.attemptNumber]).toEqual([1, 2]);
      await recordRunResult(db, second.data.submitExercise.id, 1, { status: SubmissionStatus.GRADER_FAULT, score: 0, passed: false, faultMessage: 'grader lost its database connection' });
      const retried = await strictSubmit(account, QUIZ_EXERCISE, QUIZ_ANSWER);
      expect(retried.data.submitExercise.attemptNumber).toBe(2);
      const exhausted = await strictSubmit(account, QUIZ_EXERCISE, QUIZ_ANSWER);
      expect(exhausted.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'exerciseSlug', reason: 'ATTEMPTS_EXHAUSTED' });
      expect(await storedFor(account)).toBe(3);
    });

    it('still counts an attempt the grader graded once, when a later regrade is what failed', async () => {
      const account = await enrolledLearner(api, course.slug);
      const graded = await strictSubmit(account, QUIZ_EXERCISE, QUIZ_ANSWER);
      const id = graded.data.submitExercise.id;
      await recordRunResult(db, id, 1, { status: SubmissionStatus.FAILED, score: 0.3, passed: false });
      expect((await api.gql(`mutation($id: ID!) { regradeSubmission(id: $id, reason: "Answer key fixed") { id } }`, { id }, { token: owner.token })).errors).toBeUndefined();
      await recordRunResult(db, id, 2, { status: SubmissionStatus.GRADER_FAULT, score: 0, passed: false, faultMessage: 'grader crashed three times' });
      expect((await strictSubmit(account, QUIZ_EXERCISE, QUIZ_ANSWER)).data.submitExercise.attemptNumber).toBe(2);
      expect(reasonOf(await strictSubmit(account, QUIZ_EXERCISE, QUIZ_ANSWER))).toBe('ATTEMPTS_EXHAUSTED');
    });
  });

  it('counts attempts against the exercise’s own maxAttempts', async () => {
    const limited = await publishShippedCourse(api, owner, (doc) => ({
      ...doc,
      exercises: doc.exercises.map((e) => (e.kind === 'quiz' ? { ...e, public: { ...e.public, maxAttempts: 1 } } : e)),
    }));
    const account = await enrolledLearner(api, limited.slug);
    await submitted(api, account, submitInput(limited.slug, QUIZ_EXERCISE, QUIZ_ANSWER));
    expect(reasonOf(await submit(account, submitInput(limited.slug, QUIZ_EXERCISE, QUIZ_ANSWER)))).toBe('ATTEMPTS_EXHAUSTED');
    // Other exercises of the course have no limit here.
    await submitted(api, account, submitInput(limited.slug, PREDICTION_EXERCISE, PREDICTIONS));
    await submitted(api, account, submitInput(limited.slug, PREDICTION_EXERCISE, PREDICTIONS));
  });

  it('refuses Python, storing nothing, when every live grader reports it cannot start a sandbox', async () => {
    const registry = graderRegistryKey(api.settings.redisNamespace);
    const report = (sandbox: string, at = Date.now()) => JSON.stringify({ at, sandbox, reason: 'bwrap: setting up uid map: Permission denied' });
    const account = await enrolledLearner(api, course.slug);
    try {
      await redis.hset(registry, 'grader-a', report('unavailable'), 'grader-b', report('unavailable'), 'grader-gone', report('bubblewrap', Date.now() - 60_000));
      const refused = await submit(account, submitInput(course.slug, PYTHON_EXERCISE, { code: FIT_A_LINE }));
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'SANDBOX_UNAVAILABLE' });
      expect(refused.errors?.[0]?.message).toContain('Permission denied');
      expect(await storedFor(account)).toBe(0);
      // Quizzes and predictions need no sandbox.
      await submitted(api, account, submitInput(course.slug, QUIZ_EXERCISE, QUIZ_ANSWER));

      await redis.hset(registry, 'grader-c', report('bubblewrap'));
      expect((await submitted(api, account, submitInput(course.slug, PYTHON_EXERCISE, { code: FIT_A_LINE }))).status).toBe('QUEUED');
    } finally {
      await redis.del(registry);
    }
    // No grader running at all: the submission waits in the queue for one.
    const waiting = await submitted(api, account, submitInput(course.slug, PYTHON_EXERCISE, { code: FIT_A_LINE }));
    expect(await queue.getJob(gradingJobId({ submissionId: waiting.id, runNumber: 1 }))).toBeDefined();
  });

  describe('when Redis is unreachable', () => {
    let proxy: RedisProxy;
    let cutOff: ApiUnderTest;

    beforeAll(async () => {
      proxy = await RedisProxy.start(api.settings.redisUrl);
      cutOff = await ApiUnderTest.start(kind, { database: api.settings.database, redisNamespace: api.settings.redisNamespace, jwtSecret: api.settings.jwtSecret, redisUrl: proxy.url });
    });
    afterAll(async () => {
      await proxy.restore();
      await cutOff.stop();
      await proxy.cut();
    });

    it('still stores the submission, QUEUED, for the reconciler to queue later', async () => {
      const account = await enrolledLearner(api, course.slug);
      await proxy.cut();
      const started = Date.now();
      const res = await cutOff.gql<any>(SUBMIT, { input: submitInput(course.slug, QUIZ_EXERCISE, QUIZ_ANSWER) }, { token: account.token });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(res.errors).toBeUndefined();
      expect(res.data.submitExercise.status).toBe('QUEUED');
      expect(await db.getRepository(GradingRunEntity).countBy({ submissionId: res.data.submitExercise.id, status: SubmissionStatus.QUEUED })).toBe(1);
      expect(await queue.getJob(gradingJobId({ submissionId: res.data.submitExercise.id, runNumber: 1 }))).toBeUndefined();
    });
  });

  describe('reading submissions', () => {
    const page = (field: 'mySubmissions' | 'exerciseSubmissions') =>
      `query($c: String!, $e: String!, $first: Int, $after: String) { ${field}(courseSlug: $c, exerciseSlug: $e, first: $first, after: $after) { totalCount edges { cursor node { id learnerName createdAt } } pageInfo { endCursor hasNextPage } } }`;
    const read = (account: Account | null, id: string) => api.gql<any>(SUBMISSION, { id }, account ? { token: account.token } : {});

    it('shows a submission to its learner, the course’s instructors and admins, and to nobody else', async () => {
      const mine = await submitted(api, learner, submitInput(course.slug, PYTHON_EXERCISE, { code: FIT_A_LINE }));
      expect((await read(learner, mine.id)).data.submission).toMatchObject({ id: mine.id, code: FIT_A_LINE });
      expect((await read(owner, mine.id)).data.submission).toMatchObject({ id: mine.id, learnerName: 'Test Learner' });
      expect((await read(await api.account('ADMIN'), mine.id)).data.submission.id).toBe(mine.id);
      expect(errorCode(await read(null, mine.id))).toBe('UNAUTHENTICATED');
      // Someone else's submission does not exist, as far as they can tell.
      for (const outsider of [await enrolledLearner(api, course.slug), await api.account('INSTRUCTOR')]) {
        const res = await read(outsider, mine.id);
        expect(errorCode(res)).toBe('NOT_FOUND');
        expect(res.raw).not.toContain(FIT_A_LINE.split('\n')[0]);
      }
      expect(errorCode(await read(learner, 'not-a-uuid'))).toBe('NOT_FOUND');
      expect(errorCode(await read(learner, randomUUID()))).toBe('NOT_FOUND');
    });

    it('pages a learner’s own submissions, newest first, with cursors', async () => {
      const account = await enrolledLearner(api, course.slug);
      const other = await enrolledLearner(api, course.slug);
      await submitted(api, other, submitInput(course.slug, QUIZ_EXERCISE, QUIZ_ANSWER));
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await submitted(api, account, submitInput(course.slug, QUIZ_EXERCISE, QUIZ_ANSWER))).id);
      const seen: any[] = [];
      let after: string | null = null;
      for (let pages = 1; ; pages++) {
        const res: GraphQLResponse<any> = await api.gql<any>(page('mySubmissions'), { c: course.slug, e: QUIZ_EXERCISE, first: 2, after }, { token: account.token });
        const connection = res.data.mySubmissions;
        expect(connection.totalCount).toBe(5);
        seen.push(...connection.edges.map((e: any) => e.node));
        if (!connection.pageInfo.hasNextPage) {
          expect(pages).toBe(3);
          break;
        }
        expect(pages).toBeLessThan(3);
        after = connection.pageInfo.endCursor;
      }
      expect(seen.map((s) => s.id).sort()).toEqual([...ids].sort());
      const times = seen.map((s) => Date.parse(s.createdAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));

      const call = (variables: Record<string, unknown>, token: string | null = account.token) => api.gql(page('mySubmissions'), { c: course.slug, e: QUIZ_EXERCISE, ...variables }, token ? { token } : {});
      expect(errorCode(await call({}, null))).toBe('UNAUTHENTICATED');
      for (const invalid of [{ first: 0 }, { first: 101 }, { after: 'not-a-cursor' }]) {
        expect((await call(invalid)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE' });
      }
      expect(errorCode(await call({ c: `${course.slug}-gone` }))).toBe('NOT_FOUND');
    });

    it('lists every learner’s submissions of an exercise to the course’s staff only', async () => {
      const slug = PREDICTION_EXERCISE;
      const learners = [await enrolledLearner(api, course.slug, 'Amina'), await enrolledLearner(api, course.slug, 'Kwame')];
      for (const account of learners) await submitted(api, account, submitInput(course.slug, slug, PREDICTIONS));
      for (const staff of [owner, await api.account('ADMIN')]) {
        const res = await api.gql<any>(page('exerciseSubmissions'), { c: course.slug, e: slug, first: 100 }, { token: staff.token });
        const names = res.data.exerciseSubmissions.edges.map((e: any) => e.node.learnerName);
        expect(names).toEqual(expect.arrayContaining(['Amina', 'Kwame']));
      }
      for (const outsider of [learners[0], await api.account('INSTRUCTOR')]) {
        expect(errorCode(await api.gql(page('exerciseSubmissions'), { c: course.slug, e: slug }, { token: outsider.token }))).toBe('FORBIDDEN');
      }
      expect(errorCode(await api.gql(page('exerciseSubmissions'), { c: course.slug, e: slug }))).toBe('UNAUTHENTICATED');
    });

    it('tells a queued submission how many gradings are ahead of it', async () => {
      const queuedRuns = () => db.getRepository(GradingRunEntity).countBy({ status: SubmissionStatus.QUEUED, priority: 0 });
      // SQLite keeps whole seconds: a second apart, no earlier run is level with the next one.
      const aSecondLater = () => new Promise((resolve) => setTimeout(resolve, 1100));
      await aSecondLater();
      const ahead = await queuedRuns();
      const first = await submitted(api, await enrolledLearner(api, course.slug), submitInput(course.slug, QUIZ_EXERCISE, QUIZ_ANSWER));
      expect(first.queuePosition).toBe(ahead);
      await aSecondLater();
      const account = await enrolledLearner(api, course.slug);
      const second = await submitted(api, account, submitInput(course.slug, QUIZ_EXERCISE, QUIZ_ANSWER));
      expect(second.queuePosition).toBe(ahead + 1);
      await recordRunResult(db, first.id, 1, { status: SubmissionStatus.PASSED, score: 1, passed: true });
      expect((await read(account, second.id)).data.submission.queuePosition).toBe(ahead);
      expect((await read(owner, first.id)).data.submission).toMatchObject({ status: 'PASSED', queuePosition: null, score: 1, passed: true });
    });

    it('shows no hidden part of any exercise, and private scores only to staff before the deadline', async () => {
      const account = await enrolledLearner(api, course.slug);
      const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');
      const secrets: string[] = [];
      for (const exercise of course.exercises) {
        if (exercise.kind === 'python') secrets.push(exercise.hidden.solution, exercise.hidden.wrong);
        if (exercise.kind === 'quiz') secrets.push(...exercise.hidden.questions.flatMap((q) => [...(q.options ?? []).map((o) => o.feedback), q.feedback?.correct ?? '', q.feedback?.incorrect ?? '']));
        if (exercise.kind === 'prediction') secrets.push(text(exercise.hidden.labels.bytes), text(exercise.hidden.solution.bytes));
      }
      const submittedLines = new Set([FIT_A_LINE, PREDICTIONS.predictionsCsv].flatMap((t) => t.split('\n')));
      const secretLines = secrets.flatMap((s) => s.split('\n')).filter((l) => l.trim().length >= 8 && !submittedLines.has(l));
      const leaked = (res: GraphQLResponse) => secretLines.filter((line) => JSON.stringify(res.data).includes(JSON.stringify(line).slice(1, -1)));

      const answers = [submitInput(course.slug, PYTHON_EXERCISE, { code: FIT_A_LINE }), submitInput(course.slug, QUIZ_EXERCISE, QUIZ_ANSWER), submitInput(course.slug, PREDICTION_EXERCISE, PREDICTIONS)];
      const ids: string[] = [];
      for (const input of answers) {
        const res = await submit(account, input);
        expect(leaked(res)).toEqual([]);
        ids.push(res.data.submitExercise.id);
      }
      const [, , prediction] = ids;
      expect((await read(account, prediction)).data.submission.code).toBeNull();
      await recordRunResult(db, prediction, 1, { status: SubmissionStatus.FAILED, score: 0.62, passed: false, result: { metric: 'macro_f1', publicScore: 0.62, privateScore: 0.58 } });
      for (const id of ids) expect(leaked(await read(account, id))).toEqual([]);
      const listed = await api.gql(page('mySubmissions'), { c: course.slug, e: PREDICTION_EXERCISE }, { token: account.token });
      expect(leaked(listed)).toEqual([]);

      const privateScores = async (reader: Account) => {
        const { submission } = (await read(reader, prediction)).data;
        return [submission.result.privateScore, submission.runs[0].result.privateScore, submission.result.publicScore];
      };
      expect(await privateScores(account)).toEqual([null, null, 0.62]);
      expect(await privateScores(owner)).toEqual([0.58, 0.58, 0.62]);
      await editPublicSpec(db, course.slug, PREDICTION_EXERCISE, (spec) => ({ ...spec, deadline: new Date(Date.now() + 86_400_000).toISOString() }));
      expect(await privateScores(account)).toEqual([null, null, 0.62]);
      await editPublicSpec(db, course.slug, PREDICTION_EXERCISE, (spec) => ({ ...spec, deadline: '2020-01-01T00:00:00Z' }));
      expect(await privateScores(account)).toEqual([0.58, 0.58, 0.62]);
      await editPublicSpec(db, course.slug, PREDICTION_EXERCISE, ({ deadline: _passed, ...spec }) => spec);
    });
  });

  describe('submissionUpdated', () => {
    const UPDATED = `subscription($id: ID!) { submissionUpdated(id: $id) { id status score runs { runNumber status reason } } }`;
    let second: ApiUnderTest;
    const clients: Client[] = [];
    const listen = (on: ApiUnderTest, account: Account | null, id: string, query = UPDATED) => {
      const client = socketClient(on, account?.token);
      clients.push(client);
      return new SubscriptionResults(client, query, { id });
    };
    /** What the grader does at a status change: store it, then publish it on the submission's channel. */
    const graderPublishes = async (submissionId: string, status: SubmissionStatus) => {
      await db.getRepository(SubmissionEntity).update({ id: submissionId }, { status });
      await redis.publish(submissionChannel(api.settings.redisNamespace, submissionId), JSON.stringify({ submissionId, status, runNumber: 1 }));
    };

    beforeAll(async () => {
      second = await ApiUnderTest.start(kind, { database: api.settings.database, redisNamespace: api.settings.redisNamespace, jwtSecret: api.settings.jwtSecret });
    });
    afterEach(async () => {
      await Promise.all(clients.splice(0).map((c) => c.dispose()));
    });
    afterAll(() => second.stop());

    it('refuses a socket without a valid token', async () => {
      const mine = await submitted(api, learner, submitInput(course.slug, QUIZ_EXERCISE, QUIZ_ANSWER));
      for (const token of [undefined, 'forged.token.value']) {
        const client = socketClient(api, token);
        clients.push(client);
        await expect(new SubscriptionResults(client, UPDATED, { id: mine.id }).next()).rejects.toMatchObject({ code: 4403 });
      }
    });

    it('refuses anyone but the learner and the course’s staff', async () => {
      const mine = await submitted(api, learner, submitInput(course.slug, QUIZ_EXERCISE, QUIZ_ANSWER));
      for (const outsider of [await enrolledLearner(api, course.slug), await api.account('INSTRUCTOR')]) {
        const refusal = await listen(api, outsider, mine.id)
          .next()
          .then((result) => result.errors, (errors) => errors);
        expect(refusal?.[0]?.extensions?.code).toBe('NOT_FOUND');
      }
    });

    it('pushes each status change the grader publishes to the learner and the course’s staff', async () => {
      const mine = await submitted(api, learner, submitInput(course.slug, QUIZ_EXERCISE, QUIZ_ANSWER));
      const asLearner = listen(api, learner, mine.id);
      const asOwner = listen(second, owner, mine.id);
      await submissionListened(redis, api.settings.redisNamespace, mine.id, 2);
      // First the submission as it is once the subscription is in place: nothing can fall in between.
      for (const subscription of [asLearner, asOwner]) expect((await subscription.next()).data).toMatchObject({ submissionUpdated: { id: mine.id, status: 'QUEUED' } });
      await graderPublishes(mine.id, SubmissionStatus.RUNNING);
      for (const subscription of [asLearner, asOwner]) expect((await subscription.next()).data).toEqual({ submissionUpdated: { id: mine.id, status: 'RUNNING', score: null, runs: [{ runNumber: 1, status: 'QUEUED', reason: 'submitted' }] } });
      await recordRunResult(db, mine.id, 1, { status: SubmissionStatus.PASSED, score: 1, passed: true });
      await redis.publish(submissionChannel(api.settings.redisNamespace, mine.id), JSON.stringify({ submissionId: mine.id, status: 'PASSED', runNumber: 1 }));
      for (const subscription of [asLearner, asOwner]) expect((await subscription.next()).data).toMatchObject({ submissionUpdated: { status: 'PASSED', score: 1 } });
    });

    it('pushes a regrade asked for on one API instance to a learner connected to another', async () => {
      const mine = await submitted(api, learner, submitInput(course.slug, QUIZ_EXERCISE, QUIZ_ANSWER));
      await recordRunResult(db, mine.id, 1, { status: SubmissionStatus.FAILED, score: 0.3, passed: false });
      const updates = listen(second, learner, mine.id);
      await submissionListened(redis, api.settings.redisNamespace, mine.id);
      expect((await updates.next()).data).toMatchObject({ submissionUpdated: { id: mine.id, status: 'FAILED' } });
      const regraded = await api.gql(`mutation($id: ID!) { regradeSubmission(id: $id, reason: "Answer key fixed") { id } }`, { id: mine.id }, { token: owner.token });
      expect(regraded.errors).toBeUndefined();
      expect((await updates.next()).data).toEqual({
        submissionUpdated: { id: mine.id, status: 'QUEUED', score: 0.3, runs: [{ runNumber: 1, status: 'FAILED', reason: 'submitted' }, { runNumber: 2, status: 'QUEUED', reason: 'Answer key fixed' }] },
      });
    });

    it('applies the same validation and cost limits as HTTP', async () => {
      const mine = await submitted(api, learner, submitInput(course.slug, QUIZ_EXERCISE, QUIZ_ANSWER));
      const aliases = Array.from({ length: 2600 }, (_, i) => `a${i}: id b${i}: status`).join(' ');
      const costly = await listen(api, learner, mine.id, `subscription($id: ID!) { submissionUpdated(id: $id) { ${aliases} } }`)
        .next()
        .catch((errors) => errors);
      expect(costly[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
      const invalid = await listen(api, learner, mine.id, `subscription($id: ID!) { submissionUpdated(id: $id) { id secretLabels } }`)
        .next()
        .catch((errors) => errors);
      expect(invalid[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
