import { gql } from '@urql/core';

export const DevicePresetFields = gql`
  fragment DevicePresetFields on DevicePreset {
    id
    name
    kind
    totalBytes
    usableBytes
    explanation
  }
`;
