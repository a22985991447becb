import type { ExerciseDocument, QuizQuestionPublic } from './model';
import * as R from './rules';

/** The pass score with the format's defaults applied (quiz 0.7, python 1.0). */
export function resolvedPassScore(exercise: ExerciseDocument): number {
  if (exercise.kind === 'prediction') return exercise.public.passScore;
  return exercise.public.passScore ?? (exercise.kind === 'quiz' ? R.DEFAULT_QUIZ_PASS_SCORE : R.DEFAULT_PYTHON_PASS_SCORE);
}

export function resolvedLimits(exercise: ExerciseDocument & { kind: 'python' }): { timeLimitSeconds: number; memoryMb: number } {
  return {
    timeLimitSeconds: exercise.public.timeLimitSeconds ?? R.DEFAULT_TIME_LIMIT_SECONDS,
    memoryMb: exercise.public.memoryMb ?? R.DEFAULT_MEMORY_MB,
  };
}

export const resolvedPoints = (question: QuizQuestionPublic): number => question.points ?? R.DEFAULT_POINTS;
