/** A quiz as defined in an exercise's `exercise.yaml` (course format version 1, kind `quiz`). */
export interface QuizDefinition {
  /** Fraction 0–1 of the points needed to pass; 0.7 when absent. */
  passScore?: number;
  questions: QuizQuestion[];
}

export type QuizQuestion = ChoiceQuestion | NumericQuestion | TextQuestion;

interface QuestionBase {
  id: string;
  prompt: string;
  /** Points of the question; 1 when absent. */
  points?: number;
}

export interface ChoiceOption {
  id: string;
  text: string;
  correct: boolean;
  feedback?: string;
}

export interface ChoiceQuestion extends QuestionBase {
  type: 'single' | 'multiple';
  options: ChoiceOption[];
}

export interface AnswerFeedback {
  correct?: string;
  incorrect?: string;
}

export interface NumericQuestion extends QuestionBase {
  type: 'numeric';
  answer: number;
  /** Absolute tolerance; 0 when absent. */
  tolerance?: number;
  feedback?: AnswerFeedback;
}

export interface TextQuestion extends QuestionBase {
  type: 'text';
  accept: string[];
  /** Tone marks and accents carry meaning in many languages, so they count unless turned off. */
  keepDiacritics?: boolean;
  feedback?: AnswerFeedback;
}

/**
 * A learner's answers by question id: an option id (single), a list of option ids (multiple),
 * a number or a numeric string (numeric), a string (text). A missing, `null` or `undefined`
 * answer means the question was not answered.
 */
export type QuizAnswers = Readonly<Record<string, unknown>>;

export interface QuestionResult {
  questionId: string;
  answered: boolean;
  /** The answer was fully right (all points earned). */
  correct: boolean;
  pointsEarned: number;
  pointsPossible: number;
  /** What to show the learner: the chosen options' feedback, or the question's correct/incorrect feedback. */
  feedback: string[];
}

export interface QuizResult {
  questions: QuestionResult[];
  pointsEarned: number;
  pointsPossible: number;
  /** pointsEarned / pointsPossible, 0–1. */
  score: number;
  passScore: number;
  passed: boolean;
}
