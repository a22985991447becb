import { gql, type TypedDocumentNode } from '@urql/core';
import { type CourseDetail, CourseDetailFields } from './course-detail.fragment';

export interface EnrollData {
  enroll: CourseDetail;
}

export const EnrollMutation: TypedDocumentNode<EnrollData, { courseSlug: string }> = gql`
  mutation Enroll($courseSlug: String!) {
    enroll(courseSlug: $courseSlug) {
      ...CourseDetailFields
    }
  }
  ${CourseDetailFields}
`;
