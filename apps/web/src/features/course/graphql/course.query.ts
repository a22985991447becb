import { gql, type TypedDocumentNode } from '@urql/core';
import { type CourseDetail, CourseDetailFields } from './course-detail.fragment';

export interface CourseData {
  course: CourseDetail;
}

export const CourseQuery: TypedDocumentNode<CourseData, { slug: string }> = gql`
  query Course($slug: String!) {
    course(slug: $slug) {
      ...CourseDetailFields
    }
  }
  ${CourseDetailFields}
`;
