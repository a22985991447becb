import { CourseDocument, readCurriculaFolder } from '@sankofa/curriculum';
import * as path from 'node:path';
import { GradingSystem, SubmissionView } from '../support/grading-system';

const CURRICULA = path.resolve(__dirname, '../../../../curricula');
type Exercise = CourseDocument['exercises'][number];

/** What a learner's client sends for an exercise's reference answer or typical wrong answer. */
function submissionOf(exercise: Exercise, which: 'solution' | 'wrong'): Record<string, unknown> {
  switch (exercise.kind) {
    case 'python':
      return { code: exercise.hidden[which] };
    case 'prediction':
      return { predictionsCsv: Buffer.from(exercise.hidden[which].bytes).toString('utf8') };
    case 'quiz': {
      const types = new Map(exercise.public.questions.map((q) => [q.id, q.type]));
      return {
        answers: Object.entries(exercise.hidden[which]).map(([questionId, value]) =>
          types.get(questionId) === 'single' || types.get(questionId) === 'multiple'
            ? { questionId, optionIds: Array.isArray(value) ? value : [String(value)] }
            : { questionId, value: String(value) },
        ),
      };
    }
  }
}

/**
 * Every shipped exercise through the whole system (API, queue, grader, sandbox): its reference
 * solution passes, its typical wrong answer does not, with feedback a learner can act on.
 */
describe('shipped exercises graded through the API, the queue and the sandbox', () => {
  let system: GradingSystem;
  let courses: CourseDocument[];
  let token: string;

  beforeAll(async () => {
    ({ courses } = await readCurriculaFolder(CURRICULA));
    system = await GradingSystem.start({ graders: 1 });
    token = await system.learner(courses.map((c) => c.slug));
  }, 180_000);
  afterAll(() => system?.stop());

  it('runs Python in the bubblewrap sandbox (CI fails when the sandbox is not active)', async () => {
    let mode: string | null = null;
    for (let i = 0; i < 50 && mode === null; i++) {
      const res = await system.gql<{ health: { grader: { pythonSandbox: string | null } } }>('{ health { grader { pythonSandbox } } }');
      mode = res.data?.health.grader.pythonSandbox ?? null;
      if (mode === null) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(mode).toBe('bubblewrap');
  });

  it('grades each reference solution as passed and each typical wrong answer as not passed', async () => {
    const outcomes: Array<{ exercise: string; solution: string; wrong: string; feedback: boolean }> = [];
    for (const course of courses) {
      for (const exercise of course.exercises) {
        const submit = (which: 'solution' | 'wrong') =>
          system.submitAndWait(token, { courseSlug: course.slug, exerciseSlug: exercise.slug, ...submissionOf(exercise, which) }, 60_000);
        const [right, wrong]: SubmissionView[] = [await submit('solution'), await submit('wrong')];
        const feedback = Boolean(wrong.result?.message) && (wrong.result!.cases.some((c) => !c.passed && c.message) || wrong.result!.questions.some((q) => !q.correct) || wrong.result!.problems.length > 0 || wrong.kind === 'PREDICTION');
        outcomes.push({ exercise: `${course.slug}/${exercise.slug}`, solution: right.status, wrong: wrong.status, feedback });
      }
    }
    expect(outcomes.length).toBeGreaterThanOrEqual(25);
    for (const o of outcomes) {
      expect(o).toEqual({ exercise: o.exercise, solution: 'PASSED', wrong: expect.not.stringMatching(/^(PASSED|QUEUED|RUNNING|GRADER_FAULT)$/), feedback: true });
    }
  }, 600_000);
});
