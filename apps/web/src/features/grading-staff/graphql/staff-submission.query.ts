import { gql, type TypedDocumentNode } from '@urql/core';
import { type StaffSubmission, StaffSubmissionFields } from './staff-submission.fragment';

export interface StaffSubmissionData {
  submission: StaffSubmission;
}

export const StaffSubmissionQuery: TypedDocumentNode<StaffSubmissionData, { id: string }> = gql`
  query StaffSubmission($id: ID!) {
    submission(id: $id) {
      ...StaffSubmissionFields
    }
  }
  ${StaffSubmissionFields}
`;
