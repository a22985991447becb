import { type CourseDocument, readCourseFolder } from '@sankofa/curriculum';
import { ExerciseEntity, type GradingResultRecord, GradingRunEntity, ScoreOverrideEntity, SubmissionEntity, UserEntity } from '@sankofa/db';
import { SubmissionStatus } from '@sankofa/domain';
import { bullConnection, GRADING_QUEUE } from '@sankofa/queue';
import type { DatabaseKind } from '@sankofa/testing';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { DataSource, IsNull } from 'typeorm';
import { CourseStore } from '../../src/authoring/course-store.service';
import { type Account, ApiUnderTest, type GraphQLResponse } from './api-under-test';
import { uniqueSlug } from './course-fixtures';

/** A shipped course with a Python, a quiz and a prediction exercise. */
const SHIPPED_COURSE = 'supervised-learning-basics';
export const PYTHON_EXERCISE = 'fit-a-line';
export const QUIZ_EXERCISE = 'metrics-and-validation-quiz';
export const PREDICTION_EXERCISE = 'penguin-species';

const CURRICULA = path.resolve(__dirname, '../../../../curricula/courses');

export const SUBMISSION_FIELDS = `id courseSlug exerciseSlug kind status queuePosition attemptNumber score passed createdAt code learnerName
  result { status score passed message cases { name passed message } questions { questionId correct feedback } metric publicScore privateScore }
  runs { runNumber status reason result { score publicScore privateScore } }
  override { score reason byName }`;
export const SUBMIT = `mutation Submit($input: SubmitExerciseInput!) { submitExercise(input: $input) { ${SUBMISSION_FIELDS} } }`;
export const SUBMISSION = `query Submission($id: ID!) { submission(id: $id) { ${SUBMISSION_FIELDS} } }`;
export const ENROLL = `mutation Enroll($courseSlug: String!) { enroll(courseSlug: $courseSlug) { slug } }`;

/** What a learner answers, by exercise kind. */
export type SubmissionAnswer = { code: string } | { answers: Array<{ questionId: string; optionIds?: string[]; value?: string }> } | { predictionsCsv: string };

/** A SubmitExerciseInput with a fresh idempotency key unless one is given. */
export function submitInput(courseSlug: string, exerciseSlug: string, answer: SubmissionAnswer, idempotencyKey: string = randomUUID()) {
  return { courseSlug, exerciseSlug, idempotencyKey, ...answer };
}

/**
 * Publishes a shipped course under a fresh slug (the PostgreSQL database is shared by the suites
 * of a run), owned by `owner`; `change` may edit the document first (an attempt limit, a deadline).
 */
export async function publishShippedCourse(api: ApiUnderTest, owner: Account, change: (doc: CourseDocument) => CourseDocument = (doc) => doc): Promise<CourseDocument> {
  const { document, issues } = await readCourseFolder(path.join(CURRICULA, SHIPPED_COURSE));
  if (issues.length) throw new Error(`${SHIPPED_COURSE} does not read cleanly: ${issues.map((i) => i.message).join('; ')}`);
  const doc = change({ ...document, slug: uniqueSlug(SHIPPED_COURSE), instructors: [owner.email] });
  const store = api.app.get(CourseStore);
  const actor = await userOf(api, owner);
  await store.saveDraft(doc, actor);
  await store.publish(doc.slug, 'First version', actor);
  return doc;
}

export function userOf(api: ApiUnderTest, account: Account): Promise<UserEntity> {
  return api.app.get(DataSource).getRepository(UserEntity).findOneByOrFail({ id: account.id });
}

/** An API on a fresh database of `kind` with the shipped course published, owned by an instructor. */
export async function apiWithShippedCourse(kind: DatabaseKind): Promise<{ api: ApiUnderTest; db: DataSource; owner: Account; course: CourseDocument }> {
  const api = await ApiUnderTest.start(kind);
  const owner = await api.account('INSTRUCTOR');
  return { api, db: api.app.get(DataSource), owner, course: await publishShippedCourse(api, owner) };
}

/** A learner signed up and enrolled in the course. */
export async function enrolledLearner(api: ApiUnderTest, courseSlug: string, displayName = 'Test Learner'): Promise<Account> {
  const learner = await api.signUp({ displayName });
  succeeded(await api.gql(ENROLL, { courseSlug }, { token: learner.token }));
  return learner;
}

/** Submits and returns the stored submission, failing the test on any error. */
export async function submitted(api: ApiUnderTest, account: Account, input: ReturnType<typeof submitInput>): Promise<StoredSubmission> {
  const res = await api.gql<{ submitExercise: StoredSubmission }>(SUBMIT, { input }, { token: account.token });
  return succeeded(res).submitExercise;
}

function succeeded<T>(res: GraphQLResponse<T>): T {
  if (res.errors?.length || !res.data) throw new Error(`unexpected GraphQL errors: ${res.raw.slice(0, 500)}`);
  return res.data;
}

/** Read loosely: each test checks the fields it cares about. */
type StoredSubmission = Record<string, any>;

/** An outcome as the grader stores it. */
interface RunOutcome {
  status: SubmissionStatus;
  score: number;
  passed: boolean;
  result?: Partial<GradingResultRecord>;
  faultMessage?: string;
}

/**
 * Writes a run's result the way the grader does (once, on an unfinished run; the submission
 * mirrors its latest run, a score override winning over the grade), for tests that run no grader.
 */
export async function recordRunResult(db: DataSource, submissionId: string, runNumber: number, outcome: RunOutcome): Promise<void> {
  const result: GradingResultRecord = { message: null, errorDetail: null, cases: [], questions: [], problems: [], metric: null, publicScore: null, privateScore: null, ...outcome.result };
  const finishedAt = new Date();
  const written = await db
    .getRepository(GradingRunEntity)
    .update(
      { submissionId, runNumber, finishedAt: IsNull() },
      { status: outcome.status, score: outcome.score, passed: outcome.passed, result, durationMs: 120, startedAt: finishedAt, finishedAt, faultMessage: outcome.faultMessage ?? null },
    );
  if (!written.affected) throw new Error(`run ${runNumber} of ${submissionId} is finished or missing`);
  const submissions = db.getRepository(SubmissionEntity);
  const submission = await submissions.findOneByOrFail({ id: submissionId });
  if (submission.latestRunNumber !== runNumber) return;
  const override = await db.getRepository(ScoreOverrideEntity).findOne({ where: { submissionId }, order: { createdAt: 'DESC' } });
  await submissions.update({ id: submissionId }, { status: outcome.status, score: override?.score ?? outcome.score, passed: override?.passed ?? outcome.passed });
}

/** Changes what a published exercise shows learners (a deadline, an attempt limit) in place. */
export async function editPublicSpec(db: DataSource, courseSlug: string, exerciseSlug: string, change: (spec: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
  const exercises = db.getRepository(ExerciseEntity);
  const exercise = await exercises
    .createQueryBuilder('e')
    .innerJoin('courses', 'c', 'c.published_version_id = e.version_id')
    .where('c.slug = :courseSlug AND e.slug = :exerciseSlug', { courseSlug, exerciseSlug })
    .getOneOrFail();
  await exercises.save({ ...exercise, publicSpec: change(exercise.publicSpec) });
}

/** The deployment's grading queue as the grader sees it, to inspect the jobs the API added. */
export function gradingQueueOf(api: ApiUnderTest): Queue {
  return new Queue(GRADING_QUEUE, { connection: bullConnection(api.settings.redisUrl), prefix: api.settings.redisNamespace });
}
