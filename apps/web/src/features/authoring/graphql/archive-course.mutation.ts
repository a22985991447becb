import { gql, type TypedDocumentNode } from '@urql/core';
import { type AuthoredCourse, AuthoredCourseFields } from './authored-course.fragment';

export const ArchiveCourseMutation: TypedDocumentNode<{ archiveCourse: AuthoredCourse }, { slug: string; archived: boolean }> = gql`
  mutation ArchiveCourse($slug: String!, $archived: Boolean!) {
    archiveCourse(slug: $slug, archived: $archived) {
      ...AuthoredCourseFields
    }
  }
  ${AuthoredCourseFields}
`;
