import { gql, type TypedDocumentNode } from '@urql/core';
import { type SubmissionSummary, SubmissionSummaryFields } from './submission.fragment';

export interface SubmissionUpdatedData {
  submissionUpdated: SubmissionSummary;
}

/**
 * Where the submission stands, at each change: the server answers it from the submission's row
 * alone. The result itself is asked for once, when a final status arrives.
 */
export const SubmissionUpdatedSubscription: TypedDocumentNode<SubmissionUpdatedData, { id: string }> = gql`
  subscription SubmissionUpdated($id: ID!) {
    submissionUpdated(id: $id) {
      ...SubmissionSummaryFields
    }
  }
  ${SubmissionSummaryFields}
`;
