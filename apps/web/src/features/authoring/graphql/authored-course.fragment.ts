import { gql } from '@urql/core';

export type CourseStatus = 'DRAFT' | 'PUBLISHED' | 'ARCHIVED';

export interface AuthoredCourse {
  id: string;
  slug: string;
  status: CourseStatus;
  title: string;
  language: string;
  latestVersion: number;
  updatedAt: string;
  owners: string[];
}

export const AuthoredCourseFields = gql`
  fragment AuthoredCourseFields on AuthoredCourse {
    id
    slug
    status
    title
    language
    latestVersion
    updatedAt
    owners
  }
`;
