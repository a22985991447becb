import { gql, type TypedDocumentNode } from '@urql/core';
import { DevicePresetFields } from './device-preset.fragment';
import { type OpenModelDetail, OpenModelDetailFields } from './open-model-detail.fragment';
import type { DevicePreset } from './open-model.types';

export interface OpenModelData {
  openModel: OpenModelDetail | null;
  devicePresets: DevicePreset[];
}

export const OpenModelQuery: TypedDocumentNode<OpenModelData, { slug: string; contextLength: number }> = gql`
  query OpenModel($slug: String!, $contextLength: Int) {
    openModel(slug: $slug) {
      ...OpenModelDetailFields
    }
    devicePresets {
      ...DevicePresetFields
    }
  }
  ${OpenModelDetailFields}
  ${DevicePresetFields}
`;
