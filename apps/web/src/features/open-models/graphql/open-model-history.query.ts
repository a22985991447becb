import { gql, type TypedDocumentNode } from '@urql/core';

export interface OpenModelChange {
  id: string;
  at: string;
  byName: string;
  /** created | updated | imported */
  action: string;
  /** `before` and `after` are JSON text of the values. */
  changes: { field: string; before: string | null; after: string | null }[];
}

/** Who changed the model, when and what (staff only), newest first. */
export const OpenModelHistoryQuery: TypedDocumentNode<{ openModelHistory: OpenModelChange[] }, { slug: string }> = gql`
  query OpenModelHistory($slug: String!) {
    openModelHistory(slug: $slug) {
      id
      at
      byName
      action
      changes {
        field
        before
        after
      }
    }
  }
`;
