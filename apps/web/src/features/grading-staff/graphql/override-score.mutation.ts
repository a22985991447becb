import { gql, type TypedDocumentNode } from '@urql/core';
import { type StaffSubmission, StaffSubmissionFields } from './staff-submission.fragment';

export interface OverrideScoreVariables {
  submissionId: string;
  /** 0–1 for quizzes and Python; the metric's value for predictions. */
  score: number;
  reason: string;
}

export interface OverrideScoreData {
  overrideScore: StaffSubmission;
}

export const OverrideScoreMutation: TypedDocumentNode<OverrideScoreData, OverrideScoreVariables> = gql`
  mutation OverrideScore($submissionId: ID!, $score: Float!, $reason: String!) {
    overrideScore(submissionId: $submissionId, score: $score, reason: $reason) {
      ...StaffSubmissionFields
    }
  }
  ${StaffSubmissionFields}
`;
