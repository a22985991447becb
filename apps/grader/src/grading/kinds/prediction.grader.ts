import type { PredictionExercise as PredictionDocument } from '@sankofa/curriculum';
import type { ExerciseEntity } from '@sankofa/db';
import { SubmissionStatus } from '@sankofa/domain';
import { scorePredictionSubmission, type PredictionExercise, type PredictionLabels } from '@sankofa/grading';
import { emptyResult, invalidSubmission, type GradeOutcome } from '../grade-outcome';

/** The scoring settings of a stored prediction exercise; the key seeds the public/private split. */
export function predictionSettings(courseSlug: string, exercise: ExerciseEntity): PredictionExercise {
  const authored = exercise.publicSpec['authored'] as Omit<PredictionDocument['public'], 'train' | 'test'>;
  return {
    key: `${courseSlug}/${exercise.slug}`,
    metric: authored.metric,
    idColumn: authored.idColumn,
    targetColumn: authored.targetColumn,
    positiveLabel: authored.positiveLabel,
    publicFraction: authored.publicFraction,
    passScore: exercise.passScore,
  };
}

/** Checks a predictions file row by row and scores it; public and private parts are both stored. */
export function gradePrediction(settings: PredictionExercise, labels: PredictionLabels, content: string): GradeOutcome {
  const scored = scorePredictionSubmission({ exercise: settings, labels, submission: content });
  if (scored.status === 'invalid') {
    const more = scored.errorCount > scored.errors.length ? ` (${scored.errorCount} in all; the first ${scored.errors.length} are listed)` : '';
    return invalidSubmission(
      `The predictions file has ${scored.errorCount} problem${scored.errorCount === 1 ? '' : 's'}${more}.`,
      scored.errors.map((p) => ({ row: p.row, column: null, message: p.message })),
    );
  }
  const metric = settings.metric;
  return {
    status: scored.passed ? SubmissionStatus.PASSED : SubmissionStatus.FAILED,
    score: scored.publicScore ?? scored.score,
    passed: scored.passed,
    result: emptyResult({
      message: `${metric} on the public rows: ${format(scored.publicScore)}${scored.passed ? ' — passed.' : ` — the pass mark is ${format(settings.passScore)}.`}`,
      problems: scored.warnings.map((p) => ({ row: p.row, column: null, message: p.message })),
      metric,
      publicScore: scored.publicScore,
      privateScore: scored.privateScore,
    }),
  };
}

function format(value: number | null): string {
  return value === null ? 'undefined' : String(Math.round(value * 10000) / 10000);
}
