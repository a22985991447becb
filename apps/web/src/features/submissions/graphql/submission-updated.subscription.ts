import { gql, type TypedDocumentNode } from '@urql/core';
import { type Submission, SubmissionFields } from './submission.fragment';

export interface SubmissionUpdatedData {
  submissionUpdated: Submission;
}

export const SubmissionUpdatedSubscription: TypedDocumentNode<SubmissionUpdatedData, { id: string }> = gql`
  subscription SubmissionUpdated($id: ID!) {
    submissionUpdated(id: $id) {
      ...SubmissionFields
    }
  }
  ${SubmissionFields}
`;
