import { gql, type TypedDocumentNode } from '@urql/core';
import type { ConnectionPage } from '../../../shared/graphql/use-cursor-pages';
import { type SubmissionSummary, SubmissionSummaryFields } from './submission.fragment';

export interface MySubmissionsVariables {
  courseSlug: string;
  exerciseSlug: string;
  first: number;
  after: string | null;
}

export interface MySubmissionsData {
  mySubmissions: ConnectionPage<SubmissionSummary>;
}

export const MySubmissionsQuery: TypedDocumentNode<MySubmissionsData, MySubmissionsVariables> = gql`
  query MySubmissions($courseSlug: String!, $exerciseSlug: String!, $first: Int, $after: String) {
    mySubmissions(courseSlug: $courseSlug, exerciseSlug: $exerciseSlug, first: $first, after: $after) {
      edges {
        node {
          ...SubmissionSummaryFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
  ${SubmissionSummaryFields}
`;
