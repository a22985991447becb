import type { QuizExercise, QuizResponses } from './model';
import { DEFAULT_POINTS } from './rules';

/**
 * Text answers are compared after NFC, trimming, collapsing whitespace and case folding.
 * Diacritics are kept unless the question opts out: Yoruba tone marks carry meaning.
 */
export function normalizeQuizText(text: string, keepDiacritics = true): string {
  let out = text.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('und');
  if (!keepDiacritics) out = out.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  return out;
}

export interface QuizScore {
  /** Points earned over points available, 0–1. */
  score: number;
  earned: number;
  total: number;
  correct: Record<string, boolean>;
}

/**
 * The reference scoring of a quiz: each question earns its points when answered exactly
 * (multiple choice: exactly the set of correct options); the score is the share of points.
 * Used to check that an exercise's solution passes and its wrong answer does not.
 */
export function scoreQuiz(exercise: QuizExercise, responses: QuizResponses): QuizScore {
  let earned = 0;
  let total = 0;
  const correct: Record<string, boolean> = {};
  exercise.public.questions.forEach((question, index) => {
    const key = exercise.hidden.questions[index];
    const points = question.points ?? DEFAULT_POINTS;
    total += points;
    const given = responses[question.id];
    let ok = false;
    if (key && given !== undefined) {
      switch (question.type) {
        case 'single':
          ok = typeof given === 'string' && (key.options ?? []).some((o) => o.correct && o.id === given);
          break;
        case 'multiple': {
          const wanted = (key.options ?? []).filter((o) => o.correct).map((o) => o.id).sort();
          const chosen = Array.isArray(given) ? [...new Set(given)].sort() : [];
          ok = wanted.length === chosen.length && wanted.every((id, i) => id === chosen[i]);
          break;
        }
        case 'numeric':
          ok = typeof given === 'number' && typeof key.answer === 'number' && Math.abs(given - key.answer) <= (key.tolerance ?? 0) + 1e-12;
          break;
        case 'text': {
          const keep = key.keepDiacritics ?? true;
          ok = typeof given === 'string' && (key.accept ?? []).some((a) => normalizeQuizText(a, keep) === normalizeQuizText(given, keep));
          break;
        }
      }
    }
    correct[question.id] = ok;
    if (ok) earned += points;
  });
  return { score: total > 0 ? earned / total : 0, earned, total, correct };
}
