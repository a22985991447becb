import { gql, type TypedDocumentNode } from '@urql/core';
import { type CourseDraft, CourseDraftFields } from './course-draft.fragment';

export interface CourseFileInput {
  path: string;
  content: string;
  encoding: string;
}

export const SaveCourseDraftMutation: TypedDocumentNode<{ saveCourseDraft: CourseDraft }, { slug: string; files: CourseFileInput[] }> = gql`
  mutation SaveCourseDraft($slug: String!, $files: [CourseFileInput!]!) {
    saveCourseDraft(slug: $slug, files: $files) {
      ...CourseDraftFields
    }
  }
  ${CourseDraftFields}
`;
