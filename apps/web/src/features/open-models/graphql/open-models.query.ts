import { gql, type TypedDocumentNode } from '@urql/core';
import { type ModelCardData, ModelCardFields } from './model-card.fragment';
import type { FacetCount, OpenModelFilterInput, OpenModelSort } from './open-model.types';

export interface OpenModelFacets {
  tasks: FacetCount[];
  modalities: FacetCount[];
  languages: FacetCount[];
  commercialUse: FacetCount[];
}

export interface OpenModelsVariables {
  filter: OpenModelFilterInput;
  sort: OpenModelSort;
  first: number;
  after: string | null;
}

export interface OpenModelsData {
  openModels: {
    items: ModelCardData[];
    totalCount: number;
    nextCursor: string | null;
    facets: OpenModelFacets;
  };
}

export const OpenModelsQuery: TypedDocumentNode<OpenModelsData, OpenModelsVariables> = gql`
  query OpenModels($filter: OpenModelFilter, $sort: OpenModelSort, $first: Int, $after: String) {
    openModels(filter: $filter, sort: $sort, first: $first, after: $after) {
      items {
        ...ModelCardFields
      }
      totalCount
      nextCursor
      facets {
        tasks {
          value
          label
          count
        }
        modalities {
          value
          label
          count
        }
        languages {
          value
          label
          count
        }
        commercialUse {
          value
          label
          count
        }
      }
    }
  }
  ${ModelCardFields}
`;
