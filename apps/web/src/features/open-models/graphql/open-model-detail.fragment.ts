import { gql } from '@urql/core';
import { type MemoryEstimate, MemoryEstimateFields } from './memory-estimate.fragment';
import type { CommercialUse, FactKind, MemoryProfile, ModelIdentity } from './open-model.types';

export interface ModelSource {
  id: string;
  title: string;
  url: string;
  accessed: string;
}

/** Everything the model page shows. */
export interface OpenModelDetail extends ModelIdentity {
  family: string | null;
  description: string | null;
  released: string | null;
  modality: string;
  tasks: string[];
  memoryProfile: MemoryProfile;
  contextLength: number | null;
  languages: { code: string; name: string; original: string; african: boolean }[];
  coversAfricanLanguage: boolean;
  licence: {
    id: string;
    name: string;
    spdx: string | null;
    url: string;
    commercialUse: CommercialUse;
    condition: string | null;
    summary: string;
  };
  open: { weights: boolean; code: boolean | null; trainingData: boolean | null };
  variants: { format: string; quantization: string; url: string; fileSizeBytes: number | null; official: boolean }[];
  cardUrl: string;
  paperUrl: string | null;
  codeUrl: string | null;
  sources: ModelSource[];
  facts: { field: string; source: ModelSource; kind: FactKind; note: string | null }[];
  notes: { field: string; text: string }[];
  memory: MemoryEstimate[];
  lessons: { courseSlug: string; courseTitle: string; lessonSlug: string; lessonTitle: string; language: string }[];
  updatedAt: string;
}

export const OpenModelDetailFields = gql`
  fragment OpenModelDetailFields on OpenModel {
    id
    slug
    name
    organization
    family
    description
    released
    parameterCount
    parameterWording
    activeParameterCount
    modality
    tasks
    memoryProfile
    contextLength
    languages {
      code
      name
      original
      african
    }
    coversAfricanLanguage
    licence {
      id
      name
      spdx
      url
      commercialUse
      condition
      summary
    }
    open {
      weights
      code
      trainingData
    }
    variants {
      format
      quantization
      url
      fileSizeBytes
      official
    }
    cardUrl
    paperUrl
    codeUrl
    sources {
      id
      title
      url
      accessed
    }
    facts {
      field
      kind
      note
      source {
        id
        title
        url
        accessed
      }
    }
    notes {
      field
      text
    }
    memory(contextLength: $contextLength) {
      ...MemoryEstimateFields
    }
    lessons {
      courseSlug
      courseTitle
      lessonSlug
      lessonTitle
      language
    }
    updatedAt
  }
  ${MemoryEstimateFields}
`;
