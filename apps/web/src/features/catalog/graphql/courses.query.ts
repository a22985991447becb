import { gql, type TypedDocumentNode } from '@urql/core';
import { type CourseCardData, CourseCardFields, type CourseLevel } from './course-card.fragment';

export interface CoursesVariables {
  first: number;
  after?: string | null;
  search?: string | null;
  language?: string | null;
  level?: CourseLevel | null;
  track?: string | null;
}

export interface CoursesData {
  courses: {
    edges: { cursor: string; node: CourseCardData }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    totalCount: number;
  };
}

export const CoursesQuery: TypedDocumentNode<CoursesData, CoursesVariables> = gql`
  query Courses($first: Int!, $after: String, $search: String, $language: String, $level: CourseLevel, $track: String) {
    courses(first: $first, after: $after, search: $search, language: $language, level: $level, track: $track) {
      edges {
        cursor
        node {
          ...CourseCardFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
  ${CourseCardFields}
`;
