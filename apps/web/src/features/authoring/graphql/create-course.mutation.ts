import { gql, type TypedDocumentNode } from '@urql/core';
import { type CourseDraft, CourseDraftFields } from './course-draft.fragment';

export type CourseLevel = 'BEGINNER' | 'INTERMEDIATE' | 'ADVANCED';

export interface CreateCourseVariables {
  input: { slug: string; title: string; summary: string; language: string; level: CourseLevel };
}

export const CreateCourseMutation: TypedDocumentNode<{ createCourse: CourseDraft }, CreateCourseVariables> = gql`
  mutation CreateCourse($input: CreateCourseInput!) {
    createCourse(input: $input) {
      ...CourseDraftFields
    }
  }
  ${CourseDraftFields}
`;
