import type { QuizExercise } from '@sankofa/curriculum';
import type { ExerciseEntity } from '@sankofa/db';
import { SubmissionStatus } from '@sankofa/domain';
import { InvalidQuizAnswerError, quizDefinitionFromCourse, scoreQuiz, type QuizAnswers } from '@sankofa/grading';
import { emptyResult, invalidSubmission, type GradeOutcome } from '../grade-outcome';

/** Scores a quiz: partial credit per question, feedback for every answer given. */
export function gradeQuiz(exercise: ExerciseEntity, content: string): GradeOutcome {
  let answers: QuizAnswers;
  try {
    answers = JSON.parse(content) as QuizAnswers;
  } catch {
    return invalidSubmission('The answers could not be read.');
  }
  const definition = quizDefinitionFromCourse(exercise.publicSpec['authored'] as QuizExercise['public'], exercise.hiddenSpec as QuizExercise['hidden'], exercise.passScore);
  let scored;
  try {
    scored = scoreQuiz(definition, answers);
  } catch (error) {
    if (error instanceof InvalidQuizAnswerError) return invalidSubmission(`Question ${error.questionId}: ${error.message}`);
    throw error;
  }
  const answeredWrong = scored.questions.filter((q) => !q.correct).length;
  return {
    status: scored.passed ? SubmissionStatus.PASSED : SubmissionStatus.FAILED,
    score: scored.score,
    passed: scored.passed,
    result: emptyResult({
      message: scored.passed
        ? `Passed: ${formatPoints(scored.pointsEarned)} of ${formatPoints(scored.pointsPossible)} points.`
        : `${formatPoints(scored.pointsEarned)} of ${formatPoints(scored.pointsPossible)} points; ${answeredWrong} question${answeredWrong === 1 ? '' : 's'} to revisit.`,
      questions: scored.questions.map((q) => ({
        questionId: q.questionId,
        score: q.pointsEarned,
        points: q.pointsPossible,
        correct: q.correct,
        feedback: q.feedback.length ? q.feedback.join('\n') : null,
      })),
    }),
  };
}

function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(2);
}
