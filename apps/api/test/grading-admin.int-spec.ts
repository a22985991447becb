import type { CourseDocument } from '@sankofa/curriculum';
import { SubmissionStatus } from '@sankofa/domain';
import { bullConnection, GRADING_QUEUE } from '@sankofa/queue';
import { DATABASE_KINDS } from '@sankofa/testing';
import { Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { Account, ApiUnderTest, errorCode } from './support/api-under-test';
import { apiWithShippedCourse, enrolledLearner, publishShippedCourse, QUIZ_EXERCISE, recordRunResult, submitInput, submitted } from './support/grading-fixtures';

const QUEUE = `query { gradingQueue { waiting active delayed failed workers } }`;
const FAILURES = `query($first: Int) { recentGradingFailures(first: $first) { submissionId runNumber courseSlug exerciseSlug status message at } }`;
const QUIZ_ANSWER = { answers: [{ questionId: 'accuracy-trap', optionIds: ['a'] }] };

describe.each(DATABASE_KINDS)('grading views for staff on %s', (kind) => {
  let api: ApiUnderTest;
  let db: DataSource;
  let owner: Account;
  let course: CourseDocument;
  const queueNow = async (account: Account) => (await api.gql<any>(QUEUE, {}, { token: account.token })).data.gradingQueue;
  const quizSubmission = async (courseSlug = course.slug) => (await submitted(api, await enrolledLearner(api, courseSlug), submitInput(courseSlug, QUIZ_EXERCISE, QUIZ_ANSWER))).id as string;

  beforeAll(async () => {
    ({ api, db, owner, course } = await apiWithShippedCourse(kind));
  });
  afterAll(() => api.stop());

  it('is for instructors and admins only', async () => {
    const learner = await enrolledLearner(api, course.slug);
    for (const query of [QUEUE, FAILURES]) {
      expect(errorCode(await api.gql(query))).toBe('UNAUTHENTICATED');
      expect(errorCode(await api.gql(query, {}, { token: learner.token }))).toBe('FORBIDDEN');
      for (const staff of [owner, await api.account('ADMIN')]) expect((await api.gql(query, {}, { token: staff.token })).errors).toBeUndefined();
    }
  });

  it('counts the deployment’s jobs waiting and running, and the graders connected', async () => {
    const before = await queueNow(owner);
    expect(before).toMatchObject({ active: 0, delayed: 0, failed: 0, workers: 0 });
    await quizSubmission();
    await quizSubmission();
    expect(await queueNow(owner)).toMatchObject({ waiting: before.waiting + 2, active: 0, workers: 0 });

    // A grader that takes one job and holds it.
    let release: () => void = () => undefined;
    let taken: () => void = () => undefined;
    const holding = new Promise<void>((resolve) => (taken = resolve));
    const worker = new Worker(GRADING_QUEUE, () => new Promise<void>((resolve) => {
      release = resolve;
      taken();
    }), { connection: bullConnection(api.settings.redisUrl), prefix: api.settings.redisNamespace, concurrency: 1 });
    try {
      await holding;
      expect(await queueNow(await api.account('ADMIN'))).toMatchObject({ waiting: before.waiting + 1, active: 1, workers: 1 });
      release();
    } finally {
      await worker.close(true);
    }
    expect(await queueNow(owner)).toMatchObject({ active: 0, workers: 0 });
  });

  it('lists grader faults, newest first; instructors see their own courses’ only', async () => {
    const otherOwner = await api.account('INSTRUCTOR');
    const otherCourse = await publishShippedCourse(api, otherOwner);
    const retried = await quizSubmission();
    await recordRunResult(db, retried, 1, { status: SubmissionStatus.PASSED, score: 1, passed: true, faultMessage: 'sandbox slot 2 did not start' });
    const healthy = await quizSubmission();
    await recordRunResult(db, healthy, 1, { status: SubmissionStatus.FAILED, score: 0.3, passed: false });
    const elsewhere = await quizSubmission(otherCourse.slug);
    await recordRunResult(db, elsewhere, 1, { status: SubmissionStatus.GRADER_FAULT, score: 0, passed: false, faultMessage: 'database went away' });
    // SQLite keeps whole seconds: a second later is later on both databases.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const faulted = await quizSubmission();
    await recordRunResult(db, faulted, 1, { status: SubmissionStatus.GRADER_FAULT, score: 0, passed: false, faultMessage: 'grader crashed three times' });

    const failures = async (account: Account, first?: number) => (await api.gql<any>(FAILURES, { first }, { token: account.token })).data.recentGradingFailures as any[];
    expect(await failures(owner)).toEqual([
      { submissionId: faulted, runNumber: 1, courseSlug: course.slug, exerciseSlug: QUIZ_EXERCISE, status: 'GRADER_FAULT', message: 'grader crashed three times', at: expect.any(String) },
      { submissionId: retried, runNumber: 1, courseSlug: course.slug, exerciseSlug: QUIZ_EXERCISE, status: 'PASSED', message: 'sandbox slot 2 did not start', at: expect.any(String) },
    ]);
    expect((await failures(otherOwner)).map((f) => f.submissionId)).toEqual([elsewhere]);
    expect(await failures(await api.account('INSTRUCTOR'))).toEqual([]);
    const all = (await failures(await api.account('ADMIN'), 100)).map((f) => f.submissionId);
    expect(all).toEqual(expect.arrayContaining([faulted, retried, elsewhere]));
    expect(all).not.toContain(healthy);
    expect((await failures(owner, 1)).map((f) => f.submissionId)).toEqual([faulted]);
    for (const first of [0, 101]) {
      expect((await api.gql(FAILURES, { first }, { token: owner.token })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', reason: 'INVALID_VALUE' });
    }
  });
});
