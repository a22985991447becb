import { gql, type TypedDocumentNode } from '@urql/core';

export interface ModelPickerData {
  openModels: { items: { id: string; slug: string; name: string; organization: string; parameterWording: string | null }[]; totalCount: number };
}

/** A few catalog models matching what an author typed, for the lesson editor's picker. */
export const ModelPickerQuery: TypedDocumentNode<ModelPickerData, { query: string; first: number }> = gql`
  query ModelPicker($query: String!, $first: Int) {
    openModels(filter: { query: $query }, first: $first) {
      items {
        id
        slug
        name
        organization
        parameterWording
      }
      totalCount
    }
  }
`;
