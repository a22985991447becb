import { gql, type TypedDocumentNode } from '@urql/core';
import { type Submission, SubmissionFields } from './submission.fragment';

export interface QuizAnswerInput {
  questionId: string;
  /** Single and multiple choice: the chosen option ids. */
  optionIds?: string[];
  /** Numeric and text questions: the answer as typed. */
  value?: string;
}

/** What a learner hands in, by exercise kind: exactly one of these is set. */
export type SubmissionContent = { code: string } | { answers: QuizAnswerInput[] } | { predictionsCsv: string };

export type SubmitExerciseInput = SubmissionContent & {
  courseSlug: string;
  exerciseSlug: string;
  /** Made once per submission by the client: sending it again returns the same submission. */
  idempotencyKey: string;
};

export interface SubmitExerciseData {
  submitExercise: Submission;
}

export const SubmitExerciseMutation: TypedDocumentNode<SubmitExerciseData, { input: SubmitExerciseInput }> = gql`
  mutation SubmitExercise($input: SubmitExerciseInput!) {
    submitExercise(input: $input) {
      ...SubmissionFields
    }
  }
  ${SubmissionFields}
`;
