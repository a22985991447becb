import { gql, type TypedDocumentNode } from '@urql/core';

export interface SaveOpenModelData {
  saveOpenModel: { id: string; slug: string; name: string };
}

/**
 * Creates or replaces a model from its data file's YAML. Refusals come back as BAD_USER_INPUT
 * with `extensions.issues` [{ path, message }], and nothing is stored.
 */
export const SaveOpenModelMutation: TypedDocumentNode<SaveOpenModelData, { source: string }> = gql`
  mutation SaveOpenModel($source: String!) {
    saveOpenModel(source: $source) {
      id
      slug
      name
    }
  }
`;
