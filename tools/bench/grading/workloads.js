// What the benchmark submits: one shipped exercise per workload and the answer a learner's client
// sends for it (the exercise's reference solution, except where noted).
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { requireBuilt } = require('./built-server');

const ROOT = path.resolve(__dirname, '../../..');

/**
 * `rate`: arrivals per second of the steady phase; `burst`: submissions sent at once after it.
 * Rates are what one small server should sustain; bursts are sized to saturate the graders.
 */
const WORKLOADS = {
  typical: {
    title: 'typical Python (stdlib)',
    course: 'python-for-data',
    exercise: 'summarise-a-column',
    rate: 5,
    burst: 100,
  },
  numpy: {
    title: 'Python with numpy',
    course: 'numbers-for-ml',
    exercise: 'softmax-with-shapes',
    rate: 5,
    burst: 100,
  },
  sklearn: {
    title: 'Python with scikit-learn',
    course: 'supervised-learning-basics',
    exercise: 'fit-a-line',
    // No shipped exercise needs scikit-learn: a learner's answer that imports it.
    solutionFile: path.join(__dirname, 'fixtures/fit-line-sklearn.py'),
    rate: 1,
    burst: 20,
  },
  quiz: {
    title: 'quiz',
    course: 'python-for-data',
    exercise: 'arrays-and-csv-quiz',
    rate: 10,
    burst: 1000,
  },
  prediction: {
    title: 'predictions CSV',
    // The shipped prediction exercise with the most test rows.
    course: 'running-open-models-on-cpu',
    exercise: 'passage-relevance',
    rate: 10,
    burst: 1000,
  },
};

const WORKLOAD_NAMES = Object.keys(WORKLOADS);

/**
 * The `submitExercise` input (without its idempotency key) for a quiz's answer sheet: option
 * ids for choice questions, a string for the others.
 * @param {{ public: { questions: Array<{ id: string, type: string }> } }} exercise
 * @param {Record<string, unknown>} answers question id → answer, as `solution.yaml` holds them
 */
function quizAnswers(exercise, answers) {
  const types = new Map(exercise.public.questions.map((q) => [q.id, q.type]));
  return Object.entries(answers).map(([questionId, value]) =>
    types.get(questionId) === 'single' || types.get(questionId) === 'multiple'
      ? { questionId, optionIds: Array.isArray(value) ? value.map(String) : [String(value)] }
      : { questionId, value: String(value) },
  );
}

/** What one submission of the workload carries, and a few words on its size. */
function submissionOf(workload, exercise) {
  switch (exercise.kind) {
    case 'python': {
      const code = workload.solutionFile ? fs.readFileSync(workload.solutionFile, 'utf8') : exercise.hidden.solution;
      return { fields: { code }, size: `${exercise.hidden.cases.length} cases` };
    }
    case 'prediction': {
      const predictionsCsv = Buffer.from(exercise.hidden.solution.bytes).toString('utf8');
      const rows = predictionsCsv.trim().split('\n').length - 1;
      return { fields: { predictionsCsv }, size: `${rows} rows` };
    }
    case 'quiz':
      return { fields: { answers: quizAnswers(exercise, exercise.hidden.solution) }, size: `${exercise.public.questions.length} questions` };
    default:
      throw new Error(`no submission for exercise kind ${exercise.kind}`);
  }
}

/** The shipped curricula, read by the same code that publishes them (from the built server). */
async function readShippedCourses() {
  const { readCurriculaFolder } = requireBuilt('libs/curriculum/src/index');
  const { courses, issues } = await readCurriculaFolder(path.join(ROOT, 'curricula'));
  if (issues.length) throw new Error(`the shipped curricula have issues, e.g. ${issues[0].file}: ${issues[0].message}`);
  return courses;
}

/**
 * The named workloads with their exercise documents and submission inputs:
 * `{ name, title, course, exercise, kind, rate, burst, size, input, document }`.
 * @param {string[]} names
 */
async function loadWorkloads(names) {
  const courses = await readShippedCourses();
  return names.map((name) => {
    const workload = WORKLOADS[name];
    const course = courses.find((c) => c.slug === workload.course);
    const document = course?.exercises.find((e) => e.slug === workload.exercise);
    if (!document) throw new Error(`workload ${name}: no exercise ${workload.course}/${workload.exercise} in curricula/`);
    const { fields, size } = submissionOf(workload, document);
    return {
      name,
      ...workload,
      kind: document.kind,
      size,
      input: { courseSlug: workload.course, exerciseSlug: workload.exercise, ...fields },
      document,
    };
  });
}

module.exports = { WORKLOADS, WORKLOAD_NAMES, loadWorkloads, quizAnswers };
