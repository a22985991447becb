import { gql, type TypedDocumentNode } from '@urql/core';
import type { ConnectionPage } from '../../../shared/graphql/use-cursor-pages';
import { type StaffSubmissionSummary, StaffSubmissionSummaryFields } from './staff-submission.fragment';

export interface ExerciseSubmissionsVariables {
  courseSlug: string;
  exerciseSlug: string;
  first: number;
  after: string | null;
}

export interface ExerciseSubmissionsData {
  exerciseSubmissions: ConnectionPage<StaffSubmissionSummary>;
}

export const ExerciseSubmissionsQuery: TypedDocumentNode<ExerciseSubmissionsData, ExerciseSubmissionsVariables> = gql`
  query ExerciseSubmissions($courseSlug: String!, $exerciseSlug: String!, $first: Int, $after: String) {
    exerciseSubmissions(courseSlug: $courseSlug, exerciseSlug: $exerciseSlug, first: $first, after: $after) {
      edges {
        node {
          ...StaffSubmissionSummaryFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
  ${StaffSubmissionSummaryFields}
`;
