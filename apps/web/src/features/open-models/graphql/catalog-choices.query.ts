import { gql, type TypedDocumentNode } from '@urql/core';
import { DevicePresetFields } from './device-preset.fragment';
import type { CatalogLanguage, DevicePreset } from './open-model.types';

export interface CatalogChoicesData {
  devicePresets: DevicePreset[];
  catalogLanguages: CatalogLanguage[];
}

/** The choices of the device and language filters. */
export const CatalogChoicesQuery: TypedDocumentNode<CatalogChoicesData, Record<string, never>> = gql`
  query CatalogChoices {
    devicePresets {
      ...DevicePresetFields
    }
    catalogLanguages {
      code
      name
      african
    }
  }
  ${DevicePresetFields}
`;
