import { gql, type TypedDocumentNode } from '@urql/core';
import { type AuthoredCourse, AuthoredCourseFields } from './authored-course.fragment';

export const MyCoursesQuery: TypedDocumentNode<{ myCourses: AuthoredCourse[] }, Record<string, never>> = gql`
  query MyCourses {
    myCourses {
      ...AuthoredCourseFields
    }
  }
  ${AuthoredCourseFields}
`;
