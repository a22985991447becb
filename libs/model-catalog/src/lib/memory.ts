import type { CatalogModel } from './model';

/**
 * Memory needed to run a model: M = W + KV + C + O (docs/memory-estimator.md; the constants and
 * their sources are in shared notes "memory-estimation", §0–§2).
 */

const MiB = 1024 * 1024;

/**
 * Whole-file bits per weight of llama.cpp GGUF types (quantize README, Llama-3.1-8B at 8.03 B:
 * the mixes keep some tensors at higher precision, so the file costs more than the block type).
 * Q4_0 and Q3_K_M are computed from the QUANT_OPTIONS sizes; F32 and BF16 are whole-tensor types.
 */
export const GGUF_BITS_PER_WEIGHT = {
  F32: 32,
  F16: 16.0005,
  BF16: 16.0005,
  Q8_0: 8.5008,
  Q6_K: 6.5633,
  Q5_K_M: 5.7036,
  Q4_K_M: 4.8944,
  Q4_0: 4.64,
  IQ4_XS: 4.4597,
  Q3_K_M: 4.0,
  Q2_K: 3.1593,
} as const;
export type GgufQuantization = keyof typeof GGUF_BITS_PER_WEIGHT;

/** The three rows every language model shows (4-, 8- and 16-bit). */
export const LANGUAGE_MODEL_QUANTIZATIONS: readonly GgufQuantization[] = ['Q4_K_M', 'Q8_0', 'F16'];

/** Bits per weight of unquantized or plainly quantized checkpoints (weights-only models). */
export const PLAIN_BITS_PER_WEIGHT: Readonly<Record<string, number>> = { fp32: 32, f32: 32, bf16: 16, fp16: 16, f16: 16, int8: 8 };

/** Bytes per KV-cache element by llama.cpp cache type (`-ctk`/`-ctv`; ggml block sizes). */
export const KV_CACHE_BYTES = { f32: 4, f16: 2, bf16: 2, q8_0: 34 / 32, q5_1: 0.75, q5_0: 0.6875, q4_1: 0.625, q4_0: 18 / 32, iq4_nl: 18 / 32 } as const;
export type KvCacheType = keyof typeof KV_CACHE_BYTES;

/** llama.cpp's default micro-batch: the reserve graph has this many outputs. */
export const UBATCH = 512;
/** Compute buffers beyond the logits: ~8 MiB on the device plus 10–150 MiB on the host (we take 150). */
export const COMPUTE_FIXED_BYTES = 8 * MiB + 150 * MiB;
/** Sliding-window layers keep min(ctx, window + ubatch) cells, rounded up to this. */
export const KV_CELL_ROUNDING = 256;

export interface MemoryOptions {
  /** A GGUF type (`Q4_K_M`…) for language models; a plain precision (`bf16`, `fp32`, `int8`) for weights-only ones. */
  quantization: string;
  /** Tokens of context (language models). */
  contextLength?: number;
  kvCacheType?: KvCacheType;
}

export interface MemoryEstimate {
  quantization: string;
  bitsPerWeight: number;
  weightsOnly: boolean;
  /** null for weights-only rows. */
  contextLength: number | null;
  kvCacheType: KvCacheType | null;
  weightsBytes: number;
  /** 0 when unknown (see `missing`) and for weights-only rows. */
  kvCacheBytes: number;
  /** Compute buffers (n_vocab × n_ubatch × 4 B plus the fixed part); 0 when unknown and for weights-only rows. */
  computeBytes: number;
  /** Everything beyond weights and KV cache: compute buffers + fixed figure. */
  overheadBytes: number;
  totalBytes: number;
  /** Model fields the estimate needed but the file does not have (e.g. `architecture.kvHeads`). */
  missing: string[];
  /** False when a part is unknown and left out of the total. */
  complete: boolean;
}

/**
 * Bits per weight of a quantization name, or undefined when the estimator does not know it.
 * GGUF types first (F16 costs 16.0005 as a whole file), unless `plainFirst` (a checkpoint's own
 * precision, where f16 is exactly 16).
 */
export function bitsPerWeight(quantization: string, plainFirst = false): number | undefined {
  const gguf = GGUF_BITS_PER_WEIGHT[quantization.toUpperCase() as GgufQuantization];
  const plain = PLAIN_BITS_PER_WEIGHT[quantization.toLowerCase()];
  return plainFirst ? (plain ?? gguf) : (gguf ?? plain);
}

/** KV-cache cells per layer for a context: full-attention layers hold every token, sliding-window layers a window. */
export function kvCacheBytes(arch: { layers: number; kvHeads: number; headDim: number; slidingWindow?: number; fullAttentionLayers?: number }, contextLength: number, kvCacheType: KvCacheType = 'f16'): number {
  const perCell = 2 * arch.kvHeads * arch.headDim * KV_CACHE_BYTES[kvCacheType];
  const swaLayers = arch.slidingWindow !== undefined && arch.fullAttentionLayers !== undefined ? arch.layers - arch.fullAttentionLayers : 0;
  const fullLayers = arch.layers - swaLayers;
  const swaCells = arch.slidingWindow === undefined ? 0 : Math.ceil(Math.min(contextLength, arch.slidingWindow + UBATCH) / KV_CELL_ROUNDING) * KV_CELL_ROUNDING;
  return perCell * (fullLayers * contextLength + swaLayers * swaCells);
}

/** Head size as published, else hidden size ÷ attention heads. */
export function headDimOf(model: CatalogModel): number | undefined {
  const a = model.architecture;
  if (a?.headDim) return a.headDim;
  if (a?.hiddenSize && a.attentionHeads) return a.hiddenSize / a.attentionHeads;
  return undefined;
}

/**
 * One memory figure for a model. Unknown inputs are never guessed: a missing parameter count
 * gives weights 0, a missing architecture gives KV 0, both listed in `missing`.
 */
export function estimateMemory(model: CatalogModel, options: MemoryOptions): MemoryEstimate {
  const bpw = bitsPerWeight(options.quantization, model.memoryProfile === 'weights-only');
  if (bpw === undefined) throw new RangeError(`unknown quantization "${options.quantization}" (known: ${[...Object.keys(GGUF_BITS_PER_WEIGHT), ...Object.keys(PLAIN_BITS_PER_WEIGHT)].join(', ')})`);
  const missing: string[] = [];
  const count = model.parameters?.count;
  if (!count) missing.push('parameters.count');
  const weightsBytes = count ? (count * bpw) / 8 : 0;
  if (model.memoryProfile === 'weights-only') {
    return { quantization: options.quantization, bitsPerWeight: bpw, weightsOnly: true, contextLength: null, kvCacheType: null, weightsBytes, kvCacheBytes: 0, computeBytes: 0, overheadBytes: 0, totalBytes: weightsBytes, missing, complete: missing.length === 0 };
  }
  const contextLength = options.contextLength ?? 4096;
  if (!Number.isInteger(contextLength) || contextLength < 1) throw new RangeError(`context length must be a positive integer (got ${contextLength})`);
  const kvCacheType = options.kvCacheType ?? 'f16';
  const a = model.architecture ?? {};
  const headDim = headDimOf(model);
  if (!a.layers) missing.push('architecture.layers');
  if (!a.kvHeads) missing.push('architecture.kvHeads');
  if (!headDim) missing.push('architecture.headDim');
  const kv = a.layers && a.kvHeads && headDim ? kvCacheBytes({ layers: a.layers, kvHeads: a.kvHeads, headDim, slidingWindow: a.slidingWindow, fullAttentionLayers: a.fullAttentionLayers }, contextLength, kvCacheType) : 0;
  if (!a.vocabSize) missing.push('architecture.vocabSize');
  const computeBytes = a.vocabSize ? a.vocabSize * UBATCH * 4 + COMPUTE_FIXED_BYTES : 0;
  return {
    quantization: options.quantization,
    bitsPerWeight: bpw,
    weightsOnly: false,
    contextLength,
    kvCacheType,
    weightsBytes,
    kvCacheBytes: kv,
    computeBytes,
    overheadBytes: computeBytes,
    totalBytes: weightsBytes + kv + computeBytes,
    missing,
    complete: missing.length === 0,
  };
}

/**
 * The memory table of a model page: Q4_K_M, Q8_0 and F16 for language models; for weights-only
 * models one row per precision its variants are published in (unknown precisions skipped).
 * Empty when the parameter count is unknown.
 */
export function memoryTable(model: CatalogModel, contextLength = 4096, kvCacheType: KvCacheType = 'f16'): MemoryEstimate[] {
  if (!model.parameters?.count) return [];
  if (model.memoryProfile === 'language-model') return LANGUAGE_MODEL_QUANTIZATIONS.map((q) => estimateMemory(model, { quantization: q, contextLength, kvCacheType }));
  const precisions = [...new Set(model.variants.map((v) => v.quantization.toLowerCase()).filter((q) => PLAIN_BITS_PER_WEIGHT[q] !== undefined))];
  return precisions.map((q) => estimateMemory(model, { quantization: q }));
}
