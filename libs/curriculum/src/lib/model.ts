/**
 * The in-memory model of a course folder (course-as-code format, version 1).
 *
 * Optional fields that an author left out stay `undefined`, so a course read from files and
 * written back says exactly what its author said; `resolved*` helpers in `defaults.ts` apply
 * the documented defaults. Exercises keep what a learner may see (`public`) apart from what
 * must stay on the server (`hidden`: answer keys, cases, reference and wrong answers, labels).
 */

/** Any value a YAML file of the format may hold: JSON values. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export const COURSE_LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type CourseLevel = (typeof COURSE_LEVELS)[number];

export const EXERCISE_KINDS = ['quiz', 'python', 'prediction'] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

export const QUESTION_TYPES = ['single', 'multiple', 'numeric', 'text'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const PREDICTION_METRICS = ['accuracy', 'macro_f1', 'rmse', 'mae', 'roc_auc', 'log_loss'] as const;
export type PredictionMetric = (typeof PREDICTION_METRICS)[number];

/** A file kept byte for byte (data files, CSVs of prediction exercises). */
export interface DataFile {
  /** Path relative to the folder that holds it (`data/` or the exercise folder), `/`-separated. */
  name: string;
  bytes: Uint8Array;
  /** Hex SHA-256 of `bytes`. */
  sha256: string;
}

export interface Translation {
  by: string;
  reviewed: boolean;
}

export type ModuleItem = { lesson: string } | { exercise: string };

export interface CourseModule {
  slug: string;
  title: string;
  items: ModuleItem[];
}

export interface GlossaryEntry {
  term: string;
  definition: string;
}

export interface LessonCheck {
  question: string;
  answer: string;
}

export interface LessonDocument {
  slug: string;
  title: string;
  objectives: string[];
  minutes: number;
  prerequisites?: string[];
  models?: string[];
  glossary?: GlossaryEntry[];
  check: LessonCheck;
  summary: string[];
  /** Markdown after the front matter, ending with one newline. */
  body: string;
}

// ---------------------------------------------------------------------------------------------
// Quiz

export interface QuizOptionPublic {
  id: string;
  text: string;
}

export interface QuizQuestionPublic {
  id: string;
  type: QuestionType;
  prompt: string;
  points?: number;
  /** single and multiple only. */
  options?: QuizOptionPublic[];
}

export interface QuizOptionKey {
  id: string;
  correct: boolean;
  feedback: string;
}

export interface QuizFeedback {
  correct?: string;
  incorrect?: string;
}

/** The answer key of one question, in the same order as the public questions. */
export interface QuizQuestionKey {
  id: string;
  /** single and multiple. */
  options?: QuizOptionKey[];
  /** numeric. */
  answer?: number;
  tolerance?: number;
  /** text. */
  accept?: string[];
  keepDiacritics?: boolean;
  /** numeric and text. */
  feedback?: QuizFeedback;
}

/** A learner's answers by question id: an option id, a list of option ids, a number or a text. */
export type QuizResponses = Record<string, string | number | string[]>;

export interface QuizExercise {
  slug: string;
  kind: 'quiz';
  public: {
    title: string;
    passScore?: number;
    /** Submissions a learner may make (grader faults not counted); unlimited when absent. */
    maxAttempts?: number;
    prompt: string;
    questions: QuizQuestionPublic[];
  };
  hidden: {
    questions: QuizQuestionKey[];
    solution: QuizResponses;
    wrong: QuizResponses;
  };
}

// ---------------------------------------------------------------------------------------------
// Python

export type CaseExpectation =
  | { value: JsonValue; tolerance?: number }
  | { raises: string }
  | { check: string };

export interface PythonCase {
  name: string;
  call: string;
  args?: JsonValue[];
  kwargs?: Record<string, JsonValue>;
  expect: CaseExpectation;
  hint?: string;
}

export interface PythonExercise {
  slug: string;
  kind: 'python';
  public: {
    title: string;
    passScore?: number;
    /** Submissions a learner may make (grader faults not counted); unlimited when absent. */
    maxAttempts?: number;
    timeLimitSeconds?: number;
    memoryMb?: number;
    prompt: string;
    /** starter.py */
    starter: string;
  };
  hidden: {
    /** solution.py */
    solution: string;
    /** wrong.py */
    wrong: string;
    cases: PythonCase[];
    /** checks.py, when the cases name checkers. */
    checks?: string;
  };
}

// ---------------------------------------------------------------------------------------------
// Prediction

export interface PredictionBaseline {
  score: number;
  method: string;
}

export interface PredictionExercise {
  slug: string;
  kind: 'prediction';
  public: {
    title: string;
    metric: PredictionMetric;
    idColumn: string;
    targetColumn: string;
    positiveLabel?: string;
    publicFraction: number;
    baseline: PredictionBaseline;
    passScore: number;
    /** Submissions a learner may make (grader faults not counted); unlimited when absent. */
    maxAttempts?: number;
    /** ISO 8601 UTC instant, e.g. 2027-06-30T23:59:59Z. */
    deadline?: string;
    prompt: string;
    /** train.csv */
    train: DataFile;
    /** test.csv */
    test: DataFile;
  };
  hidden: {
    /** labels.csv */
    labels: DataFile;
    /** solution.csv */
    solution: DataFile;
    /** wrong.csv */
    wrong: DataFile;
  };
}

export type ExerciseDocument = QuizExercise | PythonExercise | PredictionExercise;

// ---------------------------------------------------------------------------------------------
// Course and track

export interface CourseDocument {
  slug: string;
  title: string;
  summary: string;
  language: string;
  level: CourseLevel;
  estimatedHours: number;
  tags: string[];
  instructors?: string[];
  licence: string;
  translationOf?: string;
  translation?: Translation;
  modules: CourseModule[];
  /** In file-name order; `modules` is the only source of teaching order. */
  lessons: LessonDocument[];
  /** In folder-name order. */
  exercises: ExerciseDocument[];
  /** data/SOURCE.md, when present. */
  dataSource?: string;
  /** Files under data/ other than SOURCE.md, in path order. */
  dataFiles: DataFile[];
}

export interface TrackDocument {
  slug: string;
  title: string;
  summary: string;
  language: string;
  courses: string[];
}
