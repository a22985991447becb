import { normalizeTextAnswer } from './normalize-text';
import type {
  AnswerFeedback,
  ChoiceQuestion,
  NumericQuestion,
  QuestionResult,
  QuizAnswers,
  QuizDefinition,
  QuizQuestion,
  QuizResult,
  TextQuestion,
} from './quiz.types';

export const DEFAULT_QUIZ_PASS_SCORE = 0.7;

/** Scores are sums of fractions; a score that should equal passScore may be off in the last bit. */
const PASS_EPSILON = 1e-9;

/** The learner's answers do not fit the quiz: the submission is invalid, not wrong. */
export class InvalidQuizAnswerError extends Error {
  override readonly name = 'InvalidQuizAnswerError';
  constructor(
    readonly questionId: string,
    readonly reason: 'unknown_question' | 'unknown_option' | 'wrong_type' | 'duplicate_option',
    message: string,
  ) {
    super(message);
  }
}

/** The quiz itself is malformed (an authoring error the course parser should have caught). */
export class InvalidQuizDefinitionError extends Error {
  override readonly name = 'InvalidQuizDefinitionError';
  constructor(
    readonly questionId: string | null,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Scores a learner's quiz answers.
 *
 * Multiple choice earns partial credit: with k correct options, each correct option chosen adds
 * 1/k of the question's points and each wrong option chosen takes 1/k away, floored at 0. So
 * choosing every option earns nothing, and a missed correct option costs as much as a wrong one.
 *
 * @throws InvalidQuizAnswerError for an unknown question id, an unknown option or an answer of
 *   the wrong type, naming the question.
 */
export function scoreQuiz(quiz: QuizDefinition, answers: QuizAnswers): QuizResult {
  const byId = new Map<string, QuizQuestion>();
  for (const question of quiz.questions) {
    if (byId.has(question.id)) throw new InvalidQuizDefinitionError(question.id, `question "${question.id}" appears twice`);
    byId.set(question.id, question);
  }
  for (const questionId of Object.keys(answers)) {
    if (!byId.has(questionId)) {
      throw new InvalidQuizAnswerError(questionId, 'unknown_question', `there is no question "${questionId}" in this quiz`);
    }
  }

  const questions = quiz.questions.map((question) => scoreQuestion(question, answers[question.id]));
  const pointsEarned = questions.reduce((sum, q) => sum + q.pointsEarned, 0);
  const pointsPossible = questions.reduce((sum, q) => sum + q.pointsPossible, 0);
  const score = pointsPossible > 0 ? pointsEarned / pointsPossible : 0;
  const passScore = quiz.passScore ?? DEFAULT_QUIZ_PASS_SCORE;
  return { questions, pointsEarned, pointsPossible, score, passScore, passed: score + PASS_EPSILON >= passScore };
}

function scoreQuestion(question: QuizQuestion, answer: unknown): QuestionResult {
  const points = question.points ?? 1;
  if (!(Number.isFinite(points) && points > 0)) {
    throw new InvalidQuizDefinitionError(question.id, `question "${question.id}" must be worth a positive number of points`);
  }
  const unanswered: QuestionResult = {
    questionId: question.id,
    answered: false,
    correct: false,
    pointsEarned: 0,
    pointsPossible: points,
    feedback: [],
  };
  if (answer === undefined || answer === null) return unanswered;

  switch (question.type) {
    case 'single':
    case 'multiple':
      return scoreChoice(question, answer, points);
    case 'numeric':
      return scoreNumeric(question, answer, points);
    case 'text':
      return scoreText(question, answer, points);
    default: {
      const unknown: never = question;
      throw new InvalidQuizDefinitionError(
        (unknown as { id?: string }).id ?? null,
        `unknown question type "${(unknown as { type?: string }).type}"`,
      );
    }
  }
}

function scoreChoice(question: ChoiceQuestion, answer: unknown, points: number): QuestionResult {
  const correctIds = new Set(question.options.filter((o) => o.correct).map((o) => o.id));
  if (correctIds.size === 0 || (question.type === 'single' && correctIds.size !== 1)) {
    throw new InvalidQuizDefinitionError(
      question.id,
      `question "${question.id}" must have ${question.type === 'single' ? 'exactly one' : 'at least one'} correct option`,
    );
  }

  let chosen: string[];
  if (question.type === 'single') {
    if (typeof answer !== 'string') {
      throw new InvalidQuizAnswerError(question.id, 'wrong_type', `the answer to "${question.id}" must be one option id`);
    }
    chosen = [answer];
  } else {
    if (!Array.isArray(answer) || !answer.every((id): id is string => typeof id === 'string')) {
      throw new InvalidQuizAnswerError(question.id, 'wrong_type', `the answer to "${question.id}" must be a list of option ids`);
    }
    if (new Set(answer).size !== answer.length) {
      throw new InvalidQuizAnswerError(question.id, 'duplicate_option', `the answer to "${question.id}" names an option twice`);
    }
    chosen = answer;
  }
  const known = new Set(question.options.map((o) => o.id));
  const unknown = chosen.find((id) => !known.has(id));
  if (unknown !== undefined) {
    throw new InvalidQuizAnswerError(question.id, 'unknown_option', `question "${question.id}" has no option "${unknown}"`);
  }

  const chosenSet = new Set(chosen);
  const rightChosen = chosen.filter((id) => correctIds.has(id)).length;
  const wrongChosen = chosen.length - rightChosen;
  const fraction = Math.max(0, (rightChosen - wrongChosen) / correctIds.size);
  const correct = wrongChosen === 0 && rightChosen === correctIds.size;
  // Feedback in the options' order, so it reads like the question.
  const feedback = question.options
    .filter((o) => chosenSet.has(o.id) && o.feedback)
    .map((o) => o.feedback as string);
  return {
    questionId: question.id,
    answered: true,
    correct,
    pointsEarned: correct ? points : fraction * points,
    pointsPossible: points,
    feedback,
  };
}

const NUMERIC_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function scoreNumeric(question: NumericQuestion, answer: unknown, points: number): QuestionResult {
  let value: number;
  if (typeof answer === 'number') {
    value = answer;
  } else if (typeof answer === 'string' && NUMERIC_TEXT.test(answer.trim())) {
    // A form field sends text; a decimal string is as good as the number it spells.
    value = Number(answer.trim());
  } else {
    throw new InvalidQuizAnswerError(question.id, 'wrong_type', `the answer to "${question.id}" must be a number`);
  }
  if (!Number.isFinite(value)) {
    throw new InvalidQuizAnswerError(question.id, 'wrong_type', `the answer to "${question.id}" must be a finite number`);
  }
  const tolerance = question.tolerance ?? 0;
  // A hair of slack so that a tolerance written in decimal (0.1) accepts values on its edge.
  const correct = Math.abs(value - question.answer) <= tolerance + 1e-12 * Math.max(1, Math.abs(question.answer));
  return fixedResult(question.id, correct, points, question.feedback);
}

function scoreText(question: TextQuestion, answer: unknown, points: number): QuestionResult {
  if (typeof answer !== 'string' && !(typeof answer === 'number' && Number.isFinite(answer))) {
    throw new InvalidQuizAnswerError(question.id, 'wrong_type', `the answer to "${question.id}" must be text`);
  }
  const options = { keepDiacritics: question.keepDiacritics ?? true };
  const given = normalizeTextAnswer(String(answer), options);
  const correct = given !== '' && question.accept.some((accepted) => normalizeTextAnswer(String(accepted), options) === given);
  return fixedResult(question.id, correct, points, question.feedback);
}

function fixedResult(questionId: string, correct: boolean, points: number, feedback: AnswerFeedback | undefined): QuestionResult {
  const text = correct ? feedback?.correct : feedback?.incorrect;
  return {
    questionId,
    answered: true,
    correct,
    pointsEarned: correct ? points : 0,
    pointsPossible: points,
    feedback: text ? [text] : [],
  };
}
