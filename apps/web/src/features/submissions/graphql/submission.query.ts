import { gql, type TypedDocumentNode } from '@urql/core';
import { type Submission, SubmissionFields } from './submission.fragment';

export interface SubmissionData {
  submission: Submission;
}

export const SubmissionQuery: TypedDocumentNode<SubmissionData, { id: string }> = gql`
  query Submission($id: ID!) {
    submission(id: $id) {
      ...SubmissionFields
    }
  }
  ${SubmissionFields}
`;
