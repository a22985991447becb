import { gql } from '@urql/core';
import type { LicenceBadge } from './open-model.types';

/** A compact card of a model a lesson names (GraphQL type `OpenModelCard`). */
export interface LessonModelCard {
  slug: string;
  name: string;
  organization: string;
  parameterCount: number | null;
  parameterWording: string | null;
  tasks: string[];
  licence: LicenceBadge;
  /** Q4_K_M at 4,096 tokens; null for weights-only models or missing figures. */
  q4TotalBytes: number | null;
}

export const LessonModelCardFields = gql`
  fragment LessonModelCardFields on OpenModelCard {
    slug
    name
    organization
    parameterCount
    parameterWording
    tasks
    licence {
      id
      name
      commercialUse
    }
    q4TotalBytes
  }
`;
