import type { ExerciseKind, SubmissionStatus } from '@sankofa/domain';
import { gql } from '@urql/core';

/** A submission as lists show it: where it stands, not yet why (GraphQL type `Submission`). */
export interface SubmissionSummary {
  id: string;
  kind: ExerciseKind;
  status: SubmissionStatus;
  /** Gradings ahead of this one while QUEUED (0: next); null otherwise. */
  queuePosition: number | null;
  attemptNumber: number;
  /** The effective score (an override wins); null until graded. */
  score: number | null;
  passed: boolean | null;
  /** ISO 8601 (`DateTime` scalar). */
  createdAt: string;
  updatedAt: string;
}

export interface CaseResult {
  name: string;
  passed: boolean;
  message: string;
  stdout: string;
}

export interface QuestionResult {
  questionId: string;
  score: number;
  points: number;
  correct: boolean;
  feedback: string | null;
}

export interface SubmissionProblem {
  row: number | null;
  column: string | null;
  message: string;
}

export interface GradingResult {
  status: SubmissionStatus;
  score: number;
  passed: boolean;
  durationMs: number;
  message: string | null;
  errorDetail: string | null;
  cases: CaseResult[];
  questions: QuestionResult[];
  problems: SubmissionProblem[];
  metric: string | null;
  publicScore: number | null;
  privateScore: number | null;
}

/** A submission with its latest result: what the status panel and an opened attempt show. */
export interface Submission extends SubmissionSummary {
  result: GradingResult | null;
  override: { score: number; reason: string; byName: string } | null;
}

export const SubmissionSummaryFields = gql`
  fragment SubmissionSummaryFields on Submission {
    id
    kind
    status
    queuePosition
    attemptNumber
    score
    passed
    createdAt
    updatedAt
  }
`;

export const SubmissionFields = gql`
  fragment SubmissionFields on Submission {
    ...SubmissionSummaryFields
    result {
      status
      score
      passed
      durationMs
      message
      errorDetail
      cases {
        name
        passed
        message
        stdout
      }
      questions {
        questionId
        score
        points
        correct
        feedback
      }
      problems {
        row
        column
        message
      }
      metric
      publicScore
      privateScore
    }
    override {
      score
      reason
      byName
    }
  }
  ${SubmissionSummaryFields}
`;
