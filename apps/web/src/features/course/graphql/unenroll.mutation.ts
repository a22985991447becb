import { gql, type TypedDocumentNode } from '@urql/core';

export const UnenrollMutation: TypedDocumentNode<{ unenroll: boolean }, { courseSlug: string }> = gql`
  mutation Unenroll($courseSlug: String!) {
    unenroll(courseSlug: $courseSlug)
  }
`;
