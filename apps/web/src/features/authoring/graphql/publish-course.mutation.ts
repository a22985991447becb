import { gql, type TypedDocumentNode } from '@urql/core';
import { type AuthoredCourse, AuthoredCourseFields } from './authored-course.fragment';

export interface PublishResult {
  version: number;
  incompatibleChanges: { exercise: string; change: string }[];
  course: AuthoredCourse;
}

export const PublishCourseMutation: TypedDocumentNode<{ publishCourse: PublishResult }, { slug: string; changelog: string }> = gql`
  mutation PublishCourse($slug: String!, $changelog: String!) {
    publishCourse(slug: $slug, changelog: $changelog) {
      version
      incompatibleChanges {
        exercise
        change
      }
      course {
        ...AuthoredCourseFields
      }
    }
  }
  ${AuthoredCourseFields}
`;
