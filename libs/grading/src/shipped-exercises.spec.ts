import { CourseDocument, parseCsv, readCurriculaFolder } from '@sankofa/curriculum';
import * as path from 'node:path';
import { scorePredictionSubmission } from './prediction/score-prediction';
import { pythonLimits } from './python/python-limits';
import { runPythonCases } from './python/run-python-cases';
import { quizDefinitionFromCourse } from './quiz/quiz-from-course';
import { scoreQuiz } from './quiz/score-quiz';

/**
 * Every shipped exercise through the grading engines: its reference solution passes its own
 * hidden cases, and its typical wrong answer fails them with a message a learner can use.
 */
const CURRICULA = path.resolve(__dirname, '../../../curricula');

type Exercise = CourseDocument['exercises'][number];
describe('shipped exercises through the grading engines', () => {
  let exercises: Array<{ course: string; exercise: Exercise }> = [];

  beforeAll(async () => {
    const { courses } = await readCurriculaFolder(CURRICULA);
    exercises = courses.flatMap((c) => c.exercises.map((exercise) => ({ course: c.slug, exercise })));
  });

  it('there are at least 25 graded exercises over the three kinds', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(25);
    expect(new Set(exercises.map((e) => e.exercise.kind))).toEqual(new Set(['quiz', 'python', 'prediction']));
  });

  it('quizzes: the solution passes, the typical wrong answer fails with feedback', () => {
    for (const { course, exercise } of exercises) {
      if (exercise.kind !== 'quiz') continue;
      const quiz = quizDefinitionFromCourse(exercise.public, exercise.hidden);
      const right = scoreQuiz(quiz, exercise.hidden.solution);
      const wrong = scoreQuiz(quiz, exercise.hidden.wrong);
      expect({ exercise: `${course}/${exercise.slug}`, solutionPasses: right.passed, wrongFails: !wrong.passed }).toEqual({ exercise: `${course}/${exercise.slug}`, solutionPasses: true, wrongFails: true });
      expect(JSON.stringify(wrong)).toMatch(/feedback/);
    }
  });

  it('python: the reference solution passes every case, the typical wrong answer fails some with a message', async () => {
    for (const { course, exercise } of exercises) {
      if (exercise.kind !== 'python') continue;
      const run = (source: string) =>
        runPythonCases({ source, cases: exercise.hidden.cases, checks: exercise.hidden.checks, limits: pythonLimits(exercise.public) });
      const right = await run(exercise.hidden.solution);
      const failing = right.cases.filter((c) => !c.passed).map((c) => `${c.name}: ${c.message}`);
      expect({ exercise: `${course}/${exercise.slug}`, status: right.status, failing }).toEqual({ exercise: `${course}/${exercise.slug}`, status: 'passed', failing: [] });
      const wrong = await run(exercise.hidden.wrong);
      const failed = wrong.cases.filter((c) => !c.passed);
      expect({ exercise: `${course}/${exercise.slug}`, wrongFails: wrong.status !== 'passed' && failed.length > 0 }).toEqual({ exercise: `${course}/${exercise.slug}`, wrongFails: true });
      expect(failed.every((c) => c.message.trim().length > 0)).toBe(true);
    }
  }, 180_000);

  it('prediction: the solution beats the pass score, the wrong file is refused or fails, with a reason', () => {
    for (const { course, exercise } of exercises) {
      if (exercise.kind !== 'prediction') continue;
      const p = exercise.public;
      const labelsTable = parseCsv(Buffer.from(exercise.hidden.labels.bytes).toString('utf8'));
      const idIndex = labelsTable.header.indexOf(p.idColumn);
      const targetIndex = labelsTable.header.indexOf(p.targetColumn);
      const labels = new Map(labelsTable.rows.map((r) => [r[idIndex], r[targetIndex]]));
      const options = { key: `${course}/${exercise.slug}`, metric: p.metric, idColumn: p.idColumn, targetColumn: p.targetColumn, positiveLabel: p.positiveLabel, publicFraction: p.publicFraction, passScore: p.passScore };
      const right = scorePredictionSubmission({ exercise: options, labels, submission: exercise.hidden.solution.bytes });
      expect({ exercise: options.key, status: right.status, passed: right.status === 'scored' && right.passed }).toEqual({ exercise: options.key, status: 'scored', passed: true });
      const wrong = scorePredictionSubmission({ exercise: options, labels, submission: exercise.hidden.wrong.bytes });
      const refusedWithReason = wrong.status === 'invalid' && wrong.errors.length > 0 && wrong.errors.every((e) => e.message.length > 0);
      expect({ exercise: options.key, wrongFails: refusedWithReason || (wrong.status === 'scored' && !wrong.passed) }).toEqual({ exercise: options.key, wrongFails: true });
    }
  });
});
