import { gql, type TypedDocumentNode } from '@urql/core';
import { type MemoryEstimate, MemoryEstimateFields } from './memory-estimate.fragment';

export interface OpenModelMemoryData {
  openModel: { id: string; memory: MemoryEstimate[] } | null;
}

/** The memory table again for another context length (the rest of the page stays). */
export const OpenModelMemoryQuery: TypedDocumentNode<OpenModelMemoryData, { slug: string; contextLength: number }> = gql`
  query OpenModelMemory($slug: String!, $contextLength: Int) {
    openModel(slug: $slug) {
      id
      memory(contextLength: $contextLength) {
        ...MemoryEstimateFields
      }
    }
  }
  ${MemoryEstimateFields}
`;
