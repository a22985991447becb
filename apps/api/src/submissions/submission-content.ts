import { ExerciseEntity } from '@sankofa/db';
import { ExerciseKind, InputErrorReason, SUBMISSION_LIMITS } from '@sankofa/domain';
import { BadInputError } from '../common/app-error';
import type { QuizAnswerInput, SubmitExerciseInput } from './submissions.models';

interface PublicQuestion {
  id: string;
  type: 'single' | 'multiple' | 'numeric' | 'text';
  options: Array<{ id: string }>;
}

/**
 * What is stored for a submission: the module, the quiz answers as JSON (question id → option
 * id, option ids or the typed value), or the CSV. Checked here for size and shape, so nothing
 * unusable is stored or queued; whether it is right is the grader's business.
 */
export function submissionContent(exercise: ExerciseEntity, input: SubmitExerciseInput): string {
  const { code, answers, predictionsCsv } = input;
  const given = [code != null && 'code', answers != null && 'answers', predictionsCsv != null && 'predictionsCsv'].filter(Boolean);
  const expected = { [ExerciseKind.PYTHON]: 'code', [ExerciseKind.QUIZ]: 'answers', [ExerciseKind.PREDICTION]: 'predictionsCsv' }[exercise.kind];
  const wrongShape = () => new BadInputError(expected, InputErrorReason.INVALID_SUBMISSION, `This ${exercise.kind.toLowerCase()} exercise takes \`${expected}\` and nothing else.`);
  if (given.length !== 1) throw wrongShape();
  if (exercise.kind === ExerciseKind.PYTHON && code != null) return limited('code', code, SUBMISSION_LIMITS.codeBytes, 'The code');
  if (exercise.kind === ExerciseKind.QUIZ && answers != null) return JSON.stringify(quizAnswers(exercise, answers));
  if (exercise.kind === ExerciseKind.PREDICTION && predictionsCsv != null) {
    const csv = limited('predictionsCsv', predictionsCsv, SUBMISSION_LIMITS.predictionsBytes, 'The predictions file');
    if (!csv.trim()) throw new BadInputError('predictionsCsv', InputErrorReason.INVALID_SUBMISSION, 'The predictions file is empty.');
    return csv;
  }
  throw wrongShape();
}

function limited(field: string, value: string, maxBytes: number, what: string): string {
  const bytes = Buffer.byteLength(value, 'utf8');
  if (bytes > maxBytes) throw new BadInputError(field, InputErrorReason.SUBMISSION_TOO_LARGE, `${what} is ${kb(bytes)}; the limit is ${kb(maxBytes)}.`);
  return value;
}

function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function quizAnswers(exercise: ExerciseEntity, answers: QuizAnswerInput[]): Record<string, string | string[]> {
  const questions = new Map(((exercise.publicSpec['questions'] ?? []) as PublicQuestion[]).map((q) => [q.id, q]));
  const out: Record<string, string | string[]> = {};
  const invalid = (message: string) => new BadInputError('answers', InputErrorReason.INVALID_SUBMISSION, message);
  for (const answer of answers) {
    const question = questions.get(answer.questionId);
    if (!question) throw invalid(`This quiz has no question "${answer.questionId}".`);
    if (answer.questionId in out) throw invalid(`Question "${answer.questionId}" is answered twice.`);
    if (question.type === 'single' || question.type === 'multiple') {
      const ids = answer.optionIds ?? [];
      if (answer.value != null) throw invalid(`Question "${question.id}" takes option ids, not a typed value.`);
      const unknown = ids.find((id) => !question.options.some((o) => o.id === id));
      if (unknown !== undefined) throw invalid(`Question "${question.id}" has no option "${unknown}".`);
      if (new Set(ids).size !== ids.length) throw invalid(`Question "${question.id}" lists an option twice.`);
      if (question.type === 'single' && ids.length > 1) throw invalid(`Question "${question.id}" takes one option.`);
      if (ids.length) out[question.id] = question.type === 'single' ? ids[0] : ids;
    } else {
      if (answer.optionIds != null) throw invalid(`Question "${question.id}" takes a typed answer, not options.`);
      const value = answer.value ?? '';
      if (value.length > SUBMISSION_LIMITS.quizAnswerChars) {
        throw new BadInputError('answers', InputErrorReason.SUBMISSION_TOO_LARGE, `The answer to "${question.id}" is longer than ${SUBMISSION_LIMITS.quizAnswerChars} characters.`);
      }
      if (value.trim()) out[question.id] = value;
    }
  }
  return out;
}
