import type { CourseDocument } from '@sankofa/curriculum';
import { SubmissionStatus } from '@sankofa/domain';
import { DATABASE_KINDS } from '@sankofa/testing';
import { DataSource } from 'typeorm';
import { Account, ApiUnderTest, errorCode } from './support/api-under-test';
import { apiWithShippedCourse, editPublicSpec, enrolledLearner, PREDICTION_EXERCISE, publishShippedCourse, PYTHON_EXERCISE, QUIZ_EXERCISE, recordRunResult, submitInput, submitted } from './support/grading-fixtures';

const LEADERBOARD = `query($c: String!, $e: String!) {
  leaderboard(courseSlug: $c, exerciseSlug: $e) { metric higherIsBetter deadline privateRevealed showMyName entries { rank displayName publicScore privateScore isMe submittedAt } }
}`;
const VISIBILITY = `mutation($visible: Boolean!) { setLeaderboardVisibility(visible: $visible) }`;

describe.each(DATABASE_KINDS)('leaderboards on %s', (kind) => {
  let api: ApiUnderTest;
  let db: DataSource;
  let owner: Account;
  let course: CourseDocument;
  const board = async (account: Account, courseSlug = course.slug) => {
    const res = await api.gql<any>(LEADERBOARD, { c: courseSlug, e: PREDICTION_EXERCISE }, { token: account.token });
    expect(res.errors).toBeUndefined();
    return res.data.leaderboard;
  };
  const ranking = (entries: any[]) => entries.map((e) => [e.rank, e.displayName, e.publicScore, e.privateScore]);

  /** A prediction submission graded with these public and private macro-F1 scores. */
  async function scored(learner: Account, courseSlug: string, publicScore: number, privateScore: number, status = SubmissionStatus.FAILED): Promise<string> {
    const { id } = await submitted(api, learner, submitInput(courseSlug, PREDICTION_EXERCISE, { predictionsCsv: 'id,species\np232,Gentoo\n' }));
    await recordRunResult(db, id, 1, { status, score: publicScore, passed: status === SubmissionStatus.PASSED, result: { metric: 'macro_f1', publicScore, privateScore } });
    return id;
  }

  beforeAll(async () => {
    ({ api, db, owner, course } = await apiWithShippedCourse(kind));
  });
  afterAll(() => api.stop());

  it('is shown to enrolled learners and the course’s staff only', async () => {
    const ask = (account: Account | null, exercise = PREDICTION_EXERCISE, courseSlug = course.slug) => api.gql(LEADERBOARD, { c: courseSlug, e: exercise }, account ? { token: account.token } : {});
    expect(errorCode(await ask(null))).toBe('UNAUTHENTICATED');
    expect(errorCode(await ask(await api.signUp()))).toBe('FORBIDDEN');
    expect(errorCode(await ask(await api.account('INSTRUCTOR')))).toBe('FORBIDDEN');
    for (const reader of [await enrolledLearner(api, course.slug), owner, await api.account('ADMIN')]) {
      expect((await board(reader)).metric).toBe('macro_f1');
    }
    const learner = await enrolledLearner(api, course.slug);
    for (const exercise of [QUIZ_EXERCISE, PYTHON_EXERCISE]) {
      expect((await ask(learner, exercise)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'exerciseSlug', reason: 'INVALID_VALUE' });
    }
    expect(errorCode(await ask(learner, 'no-such-exercise'))).toBe('NOT_FOUND');
    expect(errorCode(await ask(learner, PREDICTION_EXERCISE, `${course.slug}-gone`))).toBe('NOT_FOUND');
  });

  it('ranks each learner’s best graded submission by the public score until the deadline', async () => {
    const fresh = await publishShippedCourse(api, owner);
    const amina = await enrolledLearner(api, fresh.slug, 'Amina');
    const kwame = await enrolledLearner(api, fresh.slug, 'Kwame');
    const thandi = await enrolledLearner(api, fresh.slug, 'Thandi');
    expect((await board(amina, fresh.slug)).entries).toEqual([]);
    await scored(amina, fresh.slug, 0.61, 0.9);
    await scored(amina, fresh.slug, 0.83, 0.55);
    await scored(kwame, fresh.slug, 0.72, 0.95, SubmissionStatus.PASSED);
    // Neither a pending submission nor one that could not be scored takes a place.
    await submitted(api, thandi, submitInput(fresh.slug, PREDICTION_EXERCISE, { predictionsCsv: 'id,species\np232,Gentoo\n' }));
    const { id: invalid } = await submitted(api, thandi, submitInput(fresh.slug, PREDICTION_EXERCISE, { predictionsCsv: 'id\n' }));
    await recordRunResult(db, invalid, 1, { status: SubmissionStatus.INVALID_SUBMISSION, score: 0, passed: false, result: { problems: [{ row: null, column: 'species', message: 'The column species is missing.' }] } });

    const seen = await board(kwame, fresh.slug);
    expect(seen).toMatchObject({ metric: 'macro_f1', higherIsBetter: true, deadline: null, privateRevealed: false });
    expect(ranking(seen.entries)).toEqual([
      [1, 'Amina', 0.83, null],
      [2, 'Kwame', 0.72, null],
    ]);
    expect(seen.entries.map((e: any) => e.isMe)).toEqual([false, true]);
    // Staff see the private scores before the deadline.
    expect(ranking((await board(owner, fresh.slug)).entries)).toEqual([
      [1, 'Amina', 0.83, 0.55],
      [2, 'Kwame', 0.72, 0.95],
    ]);

    await editPublicSpec(db, fresh.slug, PREDICTION_EXERCISE, (spec) => ({ ...spec, deadline: new Date(Date.now() + 3_600_000).toISOString() }));
    const before = await board(thandi, fresh.slug);
    expect(before.privateRevealed).toBe(false);
    expect(Date.parse(before.deadline)).toBeGreaterThan(Date.now());
    expect(ranking(before.entries)).toEqual([
      [1, 'Amina', 0.83, null],
      [2, 'Kwame', 0.72, null],
    ]);

    // After the deadline: private scores for everyone, ranked by them, each learner's best private score.
    await editPublicSpec(db, fresh.slug, PREDICTION_EXERCISE, (spec) => ({ ...spec, deadline: '2024-06-30T23:59:59Z' }));
    const after = await board(thandi, fresh.slug);
    expect(after).toMatchObject({ privateRevealed: true, deadline: '2024-06-30T23:59:59.000Z' });
    expect(ranking(after.entries)).toEqual([
      [1, 'Kwame', 0.72, 0.95],
      [2, 'Amina', 0.61, 0.9],
    ]);
  });

  it('keeps learners on the board while a regrade runs, by their latest completed grading', async () => {
    const fresh = await publishShippedCourse(api, owner);
    const amina = await enrolledLearner(api, fresh.slug, 'Amina');
    const kwame = await enrolledLearner(api, fresh.slug, 'Kwame');
    const aminas = await scored(amina, fresh.slug, 0.8, 0.7);
    const kwames = await scored(kwame, fresh.slug, 0.6, 0.5);
    const regraded = await api.gql<any>(`mutation($c: String!, $e: String!) { regradeExercise(courseSlug: $c, exerciseSlug: $e, reason: "Labels corrected") }`, { c: fresh.slug, e: PREDICTION_EXERCISE }, { token: owner.token });
    expect(regraded.data).toEqual({ regradeExercise: 2 });
    expect(ranking((await board(kwame, fresh.slug)).entries)).toEqual([
      [1, 'Amina', 0.8, null],
      [2, 'Kwame', 0.6, null],
    ]);
    // The regrade's result replaces the first one, even when it is lower; a grader fault does not.
    await recordRunResult(db, aminas, 2, { status: SubmissionStatus.FAILED, score: 0.4, passed: false, result: { metric: 'macro_f1', publicScore: 0.4, privateScore: 0.3 } });
    await recordRunResult(db, kwames, 2, { status: SubmissionStatus.GRADER_FAULT, score: 0, passed: false, faultMessage: 'grader crashed three times' });
    expect(ranking((await board(kwame, fresh.slug)).entries)).toEqual([
      [1, 'Kwame', 0.6, null],
      [2, 'Amina', 0.4, null],
    ]);
  });

  it('shows learners who opt out as “Anonymous learner”, still telling them which entry is theirs', async () => {
    const fresh = await publishShippedCourse(api, owner);
    const shy = await enrolledLearner(api, fresh.slug, 'Shy Learner');
    const other = await enrolledLearner(api, fresh.slug, 'Open Learner');
    await scored(shy, fresh.slug, 0.9, 0.9);
    await scored(other, fresh.slug, 0.8, 0.8);

    expect(errorCode(await api.gql(VISIBILITY, { visible: false }))).toBe('UNAUTHENTICATED');
    expect((await api.gql<any>(VISIBILITY, { visible: false }, { token: shy.token })).data).toEqual({ setLeaderboardVisibility: false });
    for (const [reader, mine] of [
      [other, [false, true]],
      [shy, [true, false]],
      [owner, [false, false]],
    ] as const) {
      const { entries } = await board(reader, fresh.slug);
      expect(entries.map((e: any) => [e.displayName, e.isMe])).toEqual([
        ['Anonymous learner', mine[0]],
        ['Open Learner', mine[1]],
      ]);
    }
    // Each reader learns their own choice, to show it in the setting.
    expect([(await board(shy, fresh.slug)).showMyName, (await board(other, fresh.slug)).showMyName]).toEqual([false, true]);
    await api.gql(VISIBILITY, { visible: true }, { token: shy.token });
    expect((await board(other, fresh.slug)).entries[0].displayName).toBe('Shy Learner');
    expect((await board(shy, fresh.slug)).showMyName).toBe(true);
  });
});
