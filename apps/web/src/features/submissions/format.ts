import { ExerciseKind } from '@sankofa/domain';

/**
 * A score as the learner reads it: quizzes and Python exercises score 0–1, shown as a percent;
 * a prediction's score is its metric's value (an RMSE of 12.5 is not a percent).
 */
export function formatScore(score: number, kind: ExerciseKind, uiLanguage: string): string {
  return kind === ExerciseKind.PREDICTION
    ? formatMetric(score, uiLanguage)
    : new Intl.NumberFormat(uiLanguage, { style: 'percent', maximumFractionDigits: 0 }).format(score);
}

/** A metric's value (accuracy, RMSE…), to four decimals at most. */
export function formatMetric(value: number, uiLanguage: string): string {
  return new Intl.NumberFormat(uiLanguage, { maximumFractionDigits: 4 }).format(value);
}

/** "850 ms", "1.2 s". */
export function formatDuration(ms: number, uiLanguage: string): string {
  const [value, unit] = ms < 1000 ? [ms, 'millisecond'] : [ms / 1000, 'second'];
  return new Intl.NumberFormat(uiLanguage, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

export function formatDateTime(iso: string, uiLanguage: string): string {
  return new Intl.DateTimeFormat(uiLanguage, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
