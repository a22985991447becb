import { gql, type TypedDocumentNode } from '@urql/core';
import type { LicenceBadge, MemoryProfile, ModelIdentity } from './open-model.types';

export interface ComparedModel extends ModelIdentity {
  memoryProfile: MemoryProfile;
  contextLength: number | null;
  tasks: string[];
  languages: { code: string }[];
  coversAfricanLanguage: boolean;
  licence: LicenceBadge & { condition: string | null };
  memory: { quantization: string; totalBytes: number; weightsOnly: boolean }[];
}

export const CompareOpenModelsQuery: TypedDocumentNode<{ compareOpenModels: ComparedModel[] }, { slugs: string[] }> = gql`
  query CompareOpenModels($slugs: [String!]!) {
    compareOpenModels(slugs: $slugs) {
      id
      slug
      name
      organization
      parameterCount
      parameterWording
      activeParameterCount
      memoryProfile
      contextLength
      tasks
      languages {
        code
      }
      coversAfricanLanguage
      licence {
        id
        name
        commercialUse
        condition
      }
      memory {
        quantization
        totalBytes
        weightsOnly
      }
    }
  }
`;
