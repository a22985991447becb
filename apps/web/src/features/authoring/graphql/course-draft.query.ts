import { gql, type TypedDocumentNode } from '@urql/core';
import { type CourseDraft, CourseDraftFields } from './course-draft.fragment';

export const CourseDraftQuery: TypedDocumentNode<{ courseDraft: CourseDraft }, { slug: string }> = gql`
  query CourseDraft($slug: String!) {
    courseDraft(slug: $slug) {
      ...CourseDraftFields
    }
  }
  ${CourseDraftFields}
`;
