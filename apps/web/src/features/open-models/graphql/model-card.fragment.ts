import { gql } from '@urql/core';
import type { LicenceBadge, MemoryProfile, ModelIdentity } from './open-model.types';

/** What a catalog result card shows. */
export interface ModelCardData extends ModelIdentity {
  modality: string;
  tasks: string[];
  memoryProfile: MemoryProfile;
  coversAfricanLanguage: boolean;
  languages: { code: string }[];
  licence: LicenceBadge;
  /** At the default context (4,096 tokens). */
  memory: { quantization: string; totalBytes: number; weightsOnly: boolean }[];
}

export const ModelCardFields = gql`
  fragment ModelCardFields on OpenModel {
    id
    slug
    name
    organization
    parameterCount
    parameterWording
    activeParameterCount
    modality
    tasks
    memoryProfile
    coversAfricanLanguage
    languages {
      code
    }
    licence {
      id
      name
      commercialUse
    }
    memory {
      quantization
      totalBytes
      weightsOnly
    }
  }
`;
