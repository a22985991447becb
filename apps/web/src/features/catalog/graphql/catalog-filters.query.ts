import { gql, type TypedDocumentNode } from '@urql/core';

export interface CatalogFiltersData {
  tracks: { id: string; slug: string; title: string; courses: { id: string; language: string }[] }[];
}

/** The choices of the track and language filters: the tracks, and the languages they teach in. */
export const CatalogFiltersQuery: TypedDocumentNode<CatalogFiltersData, Record<string, never>> = gql`
  query CatalogFilters {
    tracks {
      id
      slug
      title
      courses {
        id
        language
      }
    }
  }
`;
