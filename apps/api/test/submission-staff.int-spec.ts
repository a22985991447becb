import type { CourseDocument } from '@sankofa/curriculum';
import { ExerciseEntity, GradingRunEntity, ScoreOverrideEntity } from '@sankofa/db';
import { SubmissionStatus } from '@sankofa/domain';
import { BULK_REGRADE_PRIORITY, gradingJobId } from '@sankofa/queue';
import { DATABASE_KINDS } from '@sankofa/testing';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { CourseStore } from '../src/authoring/course-store.service';
import { Account, ApiUnderTest, errorCode } from './support/api-under-test';
import { apiWithShippedCourse, enrolledLearner, gradingQueueOf, PREDICTION_EXERCISE, publishShippedCourse, QUIZ_EXERCISE, recordRunResult, SUBMISSION, SUBMISSION_FIELDS, submitInput, submitted, userOf } from './support/grading-fixtures';

const REGRADE = `mutation($id: ID!, $reason: String!) { regradeSubmission(id: $id, reason: $reason) { ${SUBMISSION_FIELDS} } }`;
const REGRADE_EXERCISE = `mutation($c: String!, $e: String!, $reason: String!) { regradeExercise(courseSlug: $c, exerciseSlug: $e, reason: $reason) }`;
const OVERRIDE = `mutation($id: ID!, $score: Float!, $reason: String!) { overrideScore(submissionId: $id, score: $score, reason: $reason) { ${SUBMISSION_FIELDS} } }`;
const QUIZ_ANSWER = { answers: [{ questionId: 'accuracy-trap', optionIds: ['b'] }] };

describe.each(DATABASE_KINDS)('regrades and score overrides on %s', (kind) => {
  let api: ApiUnderTest;
  let db: DataSource;
  let queue: Queue;
  let owner: Account;
  let admin: Account;
  let otherInstructor: Account;
  let course: CourseDocument;
  const as = (account: Account | null) => (account ? { token: account.token } : {});

  /** A learner's quiz submission, graded FAILED (0.3) by run 1. */
  async function gradedSubmission(courseSlug = course.slug): Promise<{ id: string; learner: Account }> {
    const learner = await enrolledLearner(api, courseSlug);
    const { id } = await submitted(api, learner, submitInput(courseSlug, QUIZ_EXERCISE, QUIZ_ANSWER));
    await recordRunResult(db, id, 1, { status: SubmissionStatus.FAILED, score: 0.3, passed: false });
    return { id, learner };
  }

  beforeAll(async () => {
    ({ api, db, owner, course } = await apiWithShippedCourse(kind));
    queue = gradingQueueOf(api);
    admin = await api.account('ADMIN');
    otherInstructor = await api.account('INSTRUCTOR');
  });
  afterAll(async () => {
    await queue.close();
    await api.stop();
  });

  it('lets only signed-in instructors and admins regrade or override', async () => {
    const { id, learner } = await gradedSubmission();
    for (const [account, code] of [
      [null, 'UNAUTHENTICATED'],
      [learner, 'FORBIDDEN'],
    ] as const) {
      expect(errorCode(await api.gql(REGRADE, { id, reason: 'Answer key fixed' }, as(account)))).toBe(code);
      expect(errorCode(await api.gql(REGRADE_EXERCISE, { c: course.slug, e: QUIZ_EXERCISE, reason: 'Answer key fixed' }, as(account)))).toBe(code);
      expect(errorCode(await api.gql(OVERRIDE, { id, score: 1, reason: 'Marked by hand' }, as(account)))).toBe(code);
    }
    expect(await db.getRepository(GradingRunEntity).countBy({ submissionId: id })).toBe(1);
    expect(await db.getRepository(ScoreOverrideEntity).countBy({ submissionId: id })).toBe(0);
  });

  it('keeps an instructor to the courses they teach', async () => {
    const { id } = await gradedSubmission();
    expect(errorCode(await api.gql(REGRADE, { id, reason: 'Answer key fixed' }, as(otherInstructor)))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(OVERRIDE, { id, score: 1, reason: 'Marked by hand' }, as(otherInstructor)))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(REGRADE_EXERCISE, { c: course.slug, e: QUIZ_EXERCISE, reason: 'Answer key fixed' }, as(otherInstructor)))).toBe('FORBIDDEN');
    expect(await db.getRepository(GradingRunEntity).countBy({ submissionId: id })).toBe(1);
    // Admins act on every course.
    expect((await api.gql<any>(REGRADE, { id, reason: 'Answer key fixed' }, as(admin))).data.regradeSubmission.runs).toHaveLength(2);
  });

  it('asks for a reason of 3 to 280 characters and a submission that exists', async () => {
    const { id } = await gradedSubmission();
    for (const [reason, expected] of [
      ['  ', 'REQUIRED'],
      ['ok', 'REQUIRED'],
      ['x'.repeat(281), 'TOO_LONG'],
    ]) {
      for (const res of [
        await api.gql(REGRADE, { id, reason }, as(owner)),
        await api.gql(REGRADE_EXERCISE, { c: course.slug, e: QUIZ_EXERCISE, reason }, as(owner)),
        await api.gql(OVERRIDE, { id, score: 1, reason }, as(owner)),
      ]) {
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason', reason: expected });
      }
    }
    expect(errorCode(await api.gql(REGRADE, { id: 'not-a-uuid', reason: 'Answer key fixed' }, as(owner)))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(REGRADE_EXERCISE, { c: `${course.slug}-gone`, e: QUIZ_EXERCISE, reason: 'Answer key fixed' }, as(owner)))).toBe('NOT_FOUND');
    expect(await db.getRepository(GradingRunEntity).countBy({ submissionId: id })).toBe(1);
  });

  it('regrades one submission as a new run against the exercise as published now, keeping the reason', async () => {
    const { id, learner } = await gradedSubmission();
    // A second publication fixes the quiz: the regrade grades against it.
    const store = api.app.get(CourseStore);
    const actor = await userOf(api, owner);
    await store.saveDraft({ ...course, title: `${course.title} (fixed)` }, actor);
    await store.publish(course.slug, 'Fix the quiz', actor);

    const res = await api.gql<any>(REGRADE, { id, reason: '  Answer key fixed  ' }, as(owner));
    expect(res.errors).toBeUndefined();
    expect(res.data.regradeSubmission).toMatchObject({
      status: 'QUEUED',
      score: 0.3,
      result: { status: 'FAILED', score: 0.3 },
      runs: [
        { runNumber: 1, status: 'FAILED', reason: 'submitted' },
        { runNumber: 2, status: 'QUEUED', reason: 'Answer key fixed', result: null },
      ],
    });
    const run = await db.getRepository(GradingRunEntity).findOneByOrFail({ submissionId: id, runNumber: 2 });
    const current = await db
      .getRepository(ExerciseEntity)
      .createQueryBuilder('e')
      .innerJoin('courses', 'c', 'c.published_version_id = e.version_id')
      .where('c.slug = :slug AND e.slug = :e', { slug: course.slug, e: QUIZ_EXERCISE })
      .getOneOrFail();
    expect(run).toMatchObject({ exerciseId: current.id, priority: 0, reason: 'Answer key fixed', requestedById: owner.id, finishedAt: null });
    const job = await queue.getJob(gradingJobId({ submissionId: id, runNumber: 2 }));
    expect(job?.data).toEqual({ submissionId: id, runNumber: 2 });
    expect(job?.opts.priority ?? 0).toBe(0);
    // The learner sees the regrade and why.
    expect((await api.gql<any>(SUBMISSION, { id }, as(learner))).data.submission.runs[1]).toMatchObject({ runNumber: 2, reason: 'Answer key fixed' });
    // A submission being graded is not regraded again meanwhile.
    expect(errorCode(await api.gql(REGRADE, { id, reason: 'Answer key fixed again' }, as(owner)))).toBe('CONFLICT');
    expect(await db.getRepository(GradingRunEntity).countBy({ submissionId: id })).toBe(2);
  });

  it('regrades every settled submission of an exercise behind learners’ new submissions', async () => {
    const fresh = await publishShippedCourse(api, owner);
    const settled = [await gradedSubmission(fresh.slug), await gradedSubmission(fresh.slug)];
    const pending = await submitted(api, await enrolledLearner(api, fresh.slug), submitInput(fresh.slug, QUIZ_EXERCISE, QUIZ_ANSWER));
    const elsewhere = await submitted(api, settled[0].learner, submitInput(fresh.slug, PREDICTION_EXERCISE, { predictionsCsv: 'id,species\np232,Gentoo\n' }));
    await recordRunResult(db, elsewhere.id, 1, { status: SubmissionStatus.FAILED, score: 0.1, passed: false });

    const res = await api.gql<any>(REGRADE_EXERCISE, { c: fresh.slug, e: QUIZ_EXERCISE, reason: 'Question 3 had two right answers' }, as(owner));
    expect(res.data).toEqual({ regradeExercise: 2 });
    for (const { id } of settled) {
      expect(await db.getRepository(GradingRunEntity).findOneByOrFail({ submissionId: id, runNumber: 2 })).toMatchObject({ status: SubmissionStatus.QUEUED, priority: BULK_REGRADE_PRIORITY, reason: 'Question 3 had two right answers' });
      const job = await queue.getJob(gradingJobId({ submissionId: id, runNumber: 2 }));
      expect(job?.opts.priority).toBe(BULK_REGRADE_PRIORITY);
      expect(await job?.getState()).toBe('prioritized');
    }
    for (const id of [pending.id, elsewhere.id]) expect(await db.getRepository(GradingRunEntity).countBy({ submissionId: id })).toBe(1);
    // Nothing is settled now: a second bulk regrade has nothing to do.
    expect((await api.gql<any>(REGRADE_EXERCISE, { c: fresh.slug, e: QUIZ_EXERCISE, reason: 'Question 3 had two right answers' }, as(admin))).data).toEqual({ regradeExercise: 0 });
    // An exercise the course never had is not an empty regrade.
    const unknown = await api.gql<any>(REGRADE_EXERCISE, { c: fresh.slug, e: 'no-such-exercise', reason: 'Question 3 had two right answers' }, as(admin));
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('overrides a score with an audit record that later grading does not erase', async () => {
    const { id, learner } = await gradedSubmission();
    const res = await api.gql<any>(OVERRIDE, { id, score: 0.9, reason: 'Question 2 accepted in another unit' }, as(owner));
    expect(res.errors).toBeUndefined();
    const expected = { score: 0.9, passed: true, override: { score: 0.9, reason: 'Question 2 accepted in another unit', byName: 'Test instructor' } };
    expect(res.data.overrideScore).toMatchObject({ ...expected, result: { score: 0.3 } });
    const audit = await db.getRepository(ScoreOverrideEntity).findOneByOrFail({ submissionId: id });
    expect(audit).toMatchObject({ score: 0.9, passed: true, reason: 'Question 2 accepted in another unit', byUserId: owner.id });
    expect((await api.gql<any>(SUBMISSION, { id }, as(learner))).data.submission).toMatchObject(expected);

    // Regraded and graded again, lower: the override still stands.
    expect((await api.gql(REGRADE, { id, reason: 'Answer key fixed' }, as(owner))).errors).toBeUndefined();
    await recordRunResult(db, id, 2, { status: SubmissionStatus.FAILED, score: 0.1, passed: false });
    expect((await api.gql<any>(SUBMISSION, { id }, as(learner))).data.submission).toMatchObject({ ...expected, status: 'FAILED', result: { score: 0.1 } });

    // A later override wins; both stay on record.
    const lowered = await api.gql<any>(OVERRIDE, { id, score: 0.5, reason: 'Second marker disagreed' }, as(admin));
    expect(lowered.data.overrideScore).toMatchObject({ score: 0.5, passed: false, override: { score: 0.5, reason: 'Second marker disagreed', byName: 'Test admin' } });
    expect(await db.getRepository(ScoreOverrideEntity).countBy({ submissionId: id })).toBe(2);
  });

  it('keeps overrides within the exercise’s scale: 0 to 1, or the metric’s own for predictions', async () => {
    const { id } = await gradedSubmission();
    for (const score of [-0.1, 1.5]) {
      expect((await api.gql(OVERRIDE, { id, score, reason: 'Marked by hand' }, as(owner))).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'score', reason: 'INVALID_VALUE' });
    }
    expect(errorCode(await api.gql(OVERRIDE, { id, score: 'high', reason: 'Marked by hand' }, as(owner)))).toBe('BAD_USER_INPUT');
    expect(await db.getRepository(ScoreOverrideEntity).countBy({ submissionId: id })).toBe(0);

    const learner = await enrolledLearner(api, course.slug);
    const prediction = await submitted(api, learner, submitInput(course.slug, PREDICTION_EXERCISE, { predictionsCsv: 'id,species\np232,Gentoo\n' }));
    // macro-F1 must reach the exercise's pass score (0.9).
    expect((await api.gql<any>(OVERRIDE, { id: prediction.id, score: 0.95, reason: 'Labels had a typo' }, as(owner))).data.overrideScore).toMatchObject({ score: 0.95, passed: true });
    expect((await api.gql<any>(OVERRIDE, { id: prediction.id, score: 0.85, reason: 'Labels had a typo' }, as(owner))).data.overrideScore).toMatchObject({ score: 0.85, passed: false });
  });
});
