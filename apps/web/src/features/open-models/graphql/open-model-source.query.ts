import { gql, type TypedDocumentNode } from '@urql/core';

/** The canonical YAML of a model's data file (staff only). */
export const OpenModelSourceQuery: TypedDocumentNode<{ openModelSource: string }, { slug: string }> = gql`
  query OpenModelSource($slug: String!) {
    openModelSource(slug: $slug)
  }
`;
