import { gql, type TypedDocumentNode } from '@urql/core';
import { type StaffSubmission, StaffSubmissionFields } from './staff-submission.fragment';

export interface RegradeSubmissionData {
  /** The submission with its new run queued. */
  regradeSubmission: StaffSubmission;
}

export const RegradeSubmissionMutation: TypedDocumentNode<RegradeSubmissionData, { id: string; reason: string }> = gql`
  mutation RegradeSubmission($id: ID!, $reason: String!) {
    regradeSubmission(id: $id, reason: $reason) {
      ...StaffSubmissionFields
    }
  }
  ${StaffSubmissionFields}
`;
