import { gql } from '@urql/core';

/** One row of a model's memory table (bytes are floats: they exceed 2^31). */
export interface MemoryEstimate {
  quantization: string;
  bitsPerWeight: number;
  weightsBytes: number;
  kvCacheBytes: number;
  overheadBytes: number;
  totalBytes: number;
  /** Null for weights-only rows. */
  contextLength: number | null;
  weightsOnly: boolean;
  fits: { deviceId: string; fits: boolean }[];
}

export const MemoryEstimateFields = gql`
  fragment MemoryEstimateFields on MemoryEstimate {
    quantization
    bitsPerWeight
    weightsBytes
    kvCacheBytes
    overheadBytes
    totalBytes
    contextLength
    weightsOnly
    fits {
      deviceId
      fits
    }
  }
`;
