import { ExerciseKind } from '@sankofa/domain';

/**
 * The score staff type, as the API stores it: quizzes and Python exercises are shown as a
 * percent but stored 0–1; a prediction's score is its metric's value. A decimal comma (as
 * French keyboards type it) is accepted. Null when the text is not such a score.
 */
export function parseOverrideScore(text: string, kind: ExerciseKind): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return null;
  if (kind === ExerciseKind.PREDICTION) return value;
  return value >= 0 && value <= 100 ? value / 100 : null;
}
