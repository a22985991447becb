import { parse } from 'csv-parse/sync';
import { MetricError, accuracy, binaryLogLoss, macroF1, mae, meetsPassScore, rmse, rocAuc, type MetricName } from './metrics';
import { isPublicRow } from './public-split';

/** The grading settings of a prediction exercise (its `exercise.yaml`). */
export interface PredictionExercise {
  /** Stable key of the exercise (e.g. `<course-slug>/<exercise-slug>`): seeds the public/private split. */
  key: string;
  metric: MetricName;
  idColumn: string;
  targetColumn: string;
  /** The positive class of a binary target; required for roc_auc and log_loss. */
  positiveLabel?: string;
  /** Share 0–1 of the test rows on the public leaderboard. */
  publicFraction: number;
  /** In metric terms: ≥ for accuracy/macro_f1/roc_auc, ≤ for rmse/mae/log_loss. */
  passScore: number;
}

/** The hidden answers, in file order: id → target, as text. */
export type PredictionLabels = ReadonlyMap<string, string>;

export interface SubmissionProblem {
  /** 1-based row as a spreadsheet shows it (the header is row 1); null for the whole file. */
  row: number | null;
  message: string;
}

export interface ScoredSubmission {
  status: 'scored';
  /** Score over every test row. */
  score: number;
  /** Score over the public rows; null when the part is empty or the metric is undefined on it. */
  publicScore: number | null;
  privateScore: number | null;
  publicRows: number;
  privateRows: number;
  /** `score` judged against passScore in the metric's direction. */
  passed: boolean;
  warnings: SubmissionProblem[];
}

export interface InvalidSubmission {
  status: 'invalid';
  /** At most `maxErrors` problems, in row order. */
  errors: SubmissionProblem[];
  /** How many problems were found in all. */
  errorCount: number;
  warnings: SubmissionProblem[];
}

export type PredictionResult = ScoredSubmission | InvalidSubmission;

export interface ScorePredictionOptions {
  exercise: PredictionExercise;
  labels: PredictionLabels;
  /** The learner's file, as uploaded (bytes are checked to be UTF-8) or as text. */
  submission: string | Uint8Array;
  /** Problems listed at most; 20 when absent. */
  maxErrors?: number;
  /** Largest accepted file; 5 MB when absent. */
  maxBytes?: number;
}

/** An exercise's own files or settings are wrong: an authoring error, never the learner's. */
export class InvalidPredictionExerciseError extends Error {
  override readonly name = 'InvalidPredictionExerciseError';
}

export const DEFAULT_MAX_SUBMISSION_BYTES = 5 * 1024 * 1024;
const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const SHOWN_VALUE_CHARS = 40;

interface ParsedCsv {
  header: string[];
  /** Data records with their spreadsheet row numbers; blank lines left out. */
  rows: { row: number; fields: string[] }[];
  warnings: SubmissionProblem[];
}

class CsvFileError extends Error {
  constructor(readonly problem: SubmissionProblem) {
    super(problem.message);
  }
}

/**
 * Reads a CSV file leniently where nothing can be misread: a UTF-8 byte-order mark and CRLF
 * line endings are accepted (and reported as warnings, since some tools choke on them), blank
 * lines are skipped with a warning. Anything ambiguous is a CsvFileError.
 */
function readCsv(input: string | Uint8Array, maxBytes: number): ParsedCsv {
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size > maxBytes) {
    throw new CsvFileError({ row: null, message: `the file is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}` });
  }
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
    } catch {
      throw new CsvFileError({ row: null, message: 'the file is not UTF-8 text; save it as "CSV UTF-8"' });
    }
  }
  const warnings: SubmissionProblem[] = [];
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    warnings.push({ row: null, message: 'the file starts with a byte-order mark (BOM); it was ignored' });
  }
  if (text.includes('\r\n')) warnings.push({ row: null, message: 'the file has Windows (CRLF) line endings; they were accepted' });
  if (text.trim() === '') throw new CsvFileError({ row: null, message: 'the file is empty' });

  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const info = error as { records?: number; message?: string; code?: string };
    const row = typeof info.records === 'number' ? info.records + 1 : null;
    const what = info.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted value is never closed' : 'the row cannot be read as CSV';
    throw new CsvFileError({ row, message: what });
  }
  const [header, ...body] = records;
  const rows: ParsedCsv['rows'] = [];
  body.forEach((fields, index) => {
    const row = index + 2;
    if (fields.length === 1 && fields[0].trim() === '') {
      if (body.slice(index + 1).some((f) => !(f.length === 1 && f[0].trim() === ''))) {
        warnings.push({ row, message: 'the row is empty and was skipped' });
      }
      return;
    }
    rows.push({ row, fields });
  });
  return { header: header.map((name) => name.trim()), rows, warnings };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function shown(value: string): string {
  return JSON.stringify(value.length > SHOWN_VALUE_CHARS ? `${value.slice(0, SHOWN_VALUE_CHARS)}…` : value);
}

function columnIndexes(header: string[], wanted: string[], problems: SubmissionProblem[]): number[] {
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name) && wanted.includes(name)) problems.push({ row: 1, message: `the column "${name}" appears twice in the header` });
    seen.add(name);
  }
  return wanted.map((name) => {
    const index = header.indexOf(name);
    if (index < 0) {
      problems.push({ row: 1, message: `the header has no column "${name}" (found: ${header.map((h) => shown(h)).join(', ')})` });
    }
    return index;
  });
}

/**
 * Reads an exercise's hidden `labels.csv` (id and target columns).
 *
 * @throws InvalidPredictionExerciseError if the file is malformed: that is the author's error.
 */
export function parsePredictionLabels(csv: string | Uint8Array, exercise: PredictionExercise): PredictionLabels {
  let parsed: ParsedCsv;
  try {
    parsed = readCsv(csv, Number.POSITIVE_INFINITY);
  } catch (error) {
    const { problem } = error as CsvFileError;
    throw new InvalidPredictionExerciseError(`labels.csv${problem.row ? ` row ${problem.row}` : ''}: ${problem.message}`);
  }
  const problems: SubmissionProblem[] = [];
  const [idIndex, targetIndex] = columnIndexes(parsed.header, [exercise.idColumn, exercise.targetColumn], problems);
  const labels = new Map<string, string>();
  if (problems.length === 0) {
    for (const { row, fields } of parsed.rows) {
      const id = (fields[idIndex] ?? '').trim();
      const target = (fields[targetIndex] ?? '').trim();
      if (id === '' || target === '') problems.push({ row, message: 'empty id or target' });
      else if (labels.has(id)) problems.push({ row, message: `duplicate id ${shown(id)}` });
      else labels.set(id, target);
    }
  }
  if (problems.length === 0 && labels.size === 0) problems.push({ row: null, message: 'no rows' });
  if (problems.length > 0) {
    const first = problems[0];
    throw new InvalidPredictionExerciseError(`labels.csv${first.row ? ` row ${first.row}` : ''}: ${first.message}`);
  }
  return labels;
}

type Kind = 'label' | 'number' | 'probability' | 'score';

function valueKind(metric: MetricName): Kind {
  switch (metric) {
    case 'accuracy':
    case 'macro_f1':
      return 'label';
    case 'rmse':
    case 'mae':
      return 'number';
    case 'log_loss':
      return 'probability';
    case 'roc_auc':
      return 'score';
  }
}

/**
 * Validates a learner's predictions CSV against the hidden labels and scores it on every row,
 * on the public rows and on the private rows.
 *
 * The file needs the id and target columns (other columns are ignored), exactly one row per
 * test id, and a value of the right kind in each row: one of the known classes for accuracy and
 * macro-F1, a finite number for RMSE/MAE and ROC-AUC, a probability 0–1 of `positiveLabel` for
 * log-loss. Each problem names its spreadsheet row; at most `maxErrors` are listed.
 *
 * `passed` judges the score over every row: the caller decides which scores to reveal before
 * the deadline (the public one, typically).
 */
export function scorePredictionSubmission(options: ScorePredictionOptions): PredictionResult {
  const { exercise, labels } = options;
  const maxErrors = options.maxErrors ?? 20;
  const kind = valueKind(exercise.metric);
  if ((kind === 'probability' || kind === 'score') && exercise.positiveLabel === undefined) {
    throw new InvalidPredictionExerciseError(`${exercise.metric} needs positiveLabel (only binary targets are supported)`);
  }
  if (labels.size === 0) throw new InvalidPredictionExerciseError('there are no labels');

  let parsed: ParsedCsv;
  try {
    parsed = readCsv(options.submission, options.maxBytes ?? DEFAULT_MAX_SUBMISSION_BYTES);
  } catch (error) {
    if (!(error instanceof CsvFileError)) throw error;
    return { status: 'invalid', errors: [error.problem], errorCount: 1, warnings: [] };
  }
  const { header, rows, warnings } = parsed;
  const problems: SubmissionProblem[] = [];
  const [idIndex, targetIndex] = columnIndexes(header, [exercise.idColumn, exercise.targetColumn], problems);
  if (problems.length > 0) return invalid(problems, maxErrors, warnings);

  const classes = new Set(labels.values());
  const predictions = new Map<string, string>();
  const firstRowOf = new Map<string, number>();
  for (const { row, fields } of rows) {
    if (fields.length !== header.length) {
      problems.push({ row, message: `the row has ${fields.length} values but the header has ${header.length} columns` });
      continue;
    }
    const id = fields[idIndex].trim();
    const value = fields[targetIndex].trim();
    if (id === '') {
      problems.push({ row, message: `the ${exercise.idColumn} is empty` });
      continue;
    }
    const earlier = firstRowOf.get(id);
    if (earlier !== undefined) {
      problems.push({ row, message: `${exercise.idColumn} ${shown(id)} already appears in row ${earlier}` });
      continue;
    }
    firstRowOf.set(id, row);
    if (!labels.has(id)) {
      problems.push({ row, message: `${exercise.idColumn} ${shown(id)} is not in the test set` });
      continue;
    }
    const problem = checkValue(value, kind, exercise, classes);
    if (problem) problems.push({ row, message: problem });
    else predictions.set(id, value);
  }
  const missing = [...labels.keys()].filter((id) => !firstRowOf.has(id));
  if (missing.length > 0) {
    const examples = missing.slice(0, 5).map(shown).join(', ');
    problems.push({
      row: null,
      message: `${missing.length} of the ${labels.size} test ids ${missing.length === 1 ? 'has' : 'have'} no prediction, e.g. ${examples}`,
    });
  }
  if (problems.length > 0) return invalid(problems, maxErrors, warnings);

  const ids = [...labels.keys()];
  const publicIds = ids.filter((id) => isPublicRow(exercise.key, id, exercise.publicFraction));
  const publicSet = new Set(publicIds);
  const privateIds = ids.filter((id) => !publicSet.has(id));
  const score = scoreIds(ids, exercise, labels, predictions);
  if (score === null) throw new InvalidPredictionExerciseError(`${exercise.metric} is undefined on the labels (only one class?)`);
  return {
    status: 'scored',
    score,
    publicScore: scoreIds(publicIds, exercise, labels, predictions),
    privateScore: scoreIds(privateIds, exercise, labels, predictions),
    publicRows: publicIds.length,
    privateRows: privateIds.length,
    passed: meetsPassScore(exercise.metric, score, exercise.passScore),
    warnings,
  };
}

function invalid(problems: SubmissionProblem[], maxErrors: number, warnings: SubmissionProblem[]): InvalidSubmission {
  return { status: 'invalid', errors: problems.slice(0, maxErrors), errorCount: problems.length, warnings };
}

function checkValue(value: string, kind: Kind, exercise: PredictionExercise, classes: Set<string>): string | null {
  const column = exercise.targetColumn;
  if (value === '') return `the ${column} is empty`;
  if (kind === 'label') {
    if (classes.has(value)) return null;
    const known = [...classes].slice(0, 10).map(shown).join(', ');
    const looksLikeProbability = NUMBER_TEXT.test(value) && Number(value) > 0 && Number(value) < 1;
    return looksLikeProbability
      ? `${shown(value)} looks like a probability; give the predicted class itself (one of ${known})`
      : `${shown(value)} is not one of the classes (${known})`;
  }
  if (!NUMBER_TEXT.test(value)) {
    return /^[+-]?(nan|inf(inity)?)$/i.test(value)
      ? `the ${column} is ${value}; every prediction must be a finite number`
      : `${shown(value)} is not a number`;
  }
  const number = Number(value);
  if (!Number.isFinite(number)) return `${shown(value)} is too large`;
  if (kind === 'probability' && (number < 0 || number > 1)) {
    return `${shown(value)} is not a probability between 0 and 1 (of ${shown(exercise.positiveLabel ?? '')})`;
  }
  return null;
}

function scoreIds(ids: string[], exercise: PredictionExercise, labels: PredictionLabels, predictions: Map<string, string>): number | null {
  if (ids.length === 0) return null;
  const truth = ids.map((id) => labels.get(id) as string);
  const predicted = ids.map((id) => predictions.get(id) as string);
  try {
    switch (exercise.metric) {
      case 'accuracy':
        return accuracy(truth, predicted);
      case 'macro_f1':
        return macroF1(truth, predicted);
      case 'rmse':
      case 'mae': {
        const expected = truth.map(Number);
        if (expected.some((v) => !Number.isFinite(v))) throw new InvalidPredictionExerciseError(`labels for ${exercise.metric} must be numbers`);
        return (exercise.metric === 'rmse' ? rmse : mae)(expected, predicted.map(Number));
      }
      case 'roc_auc':
        return rocAuc(
          truth.map((t) => t === exercise.positiveLabel),
          predicted.map(Number),
        );
      case 'log_loss':
        return binaryLogLoss(
          truth.map((t) => t === exercise.positiveLabel),
          predicted.map(Number),
        );
    }
  } catch (error) {
    // A part of the test set may hold one class only; its score is then undefined, not an error.
    if (error instanceof MetricError) return null;
    throw error;
  }
}
