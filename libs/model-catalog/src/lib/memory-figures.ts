import { estimateMemory, headDimOf, KV_CELL_ROUNDING, memoryTable, UBATCH } from './memory';
import type { CatalogModel } from './model';

/** The quantizations "fits my device" can ask for (the three rows of every language model). */
export const FIT_QUANTIZATIONS = ['Q4_K_M', 'Q8_0', 'F16'] as const;
export type FitQuantization = (typeof FIT_QUANTIZATIONS)[number];

/**
 * The figures stored beside each model so that "fits my device" is one SQL comparison:
 *   total(ctx) = weights[q] + kvFull × ctx + kvSwa × min(ceil256(ctx), swaCells) + overhead
 * which is the estimator's formula (f16 KV cache) rearranged; `totalFromFigures` is the same
 * sum in TypeScript, tested against `estimateMemory`. Unknown inputs stay null, so a model whose
 * memory cannot be estimated never "fits".
 */
export interface ModelFigures {
  q4WeightsBytes: number | null;
  q8WeightsBytes: number | null;
  f16WeightsBytes: number | null;
  weightsOnlyBytes: number | null;
  kvFullBytesPerToken: number | null;
  kvSwaBytesPerToken: number | null;
  swaCells: number | null;
  overheadBytes: number | null;
}

export function modelFigures(model: CatalogModel): ModelFigures {
  const none: ModelFigures = { q4WeightsBytes: null, q8WeightsBytes: null, f16WeightsBytes: null, weightsOnlyBytes: null, kvFullBytesPerToken: null, kvSwaBytesPerToken: null, swaCells: null, overheadBytes: null };
  if (!model.parameters?.count) return none;
  if (model.memoryProfile === 'weights-only') {
    const rows = memoryTable(model);
    return { ...none, weightsOnlyBytes: rows.length ? Math.min(...rows.map((r) => r.weightsBytes)) : null };
  }
  const at = (q: FitQuantization) => estimateMemory(model, { quantization: q, contextLength: 4096 });
  const q4 = at('Q4_K_M');
  const a = model.architecture ?? {};
  const headDim = headDimOf(model);
  const kv = a.layers && a.kvHeads && headDim ? { layers: a.layers, perCell: 2 * a.kvHeads * headDim * 2 } : null;
  const swaLayers = kv && a.slidingWindow !== undefined && a.fullAttentionLayers !== undefined ? kv.layers - a.fullAttentionLayers : 0;
  return {
    q4WeightsBytes: q4.weightsBytes,
    q8WeightsBytes: at('Q8_0').weightsBytes,
    f16WeightsBytes: at('F16').weightsBytes,
    weightsOnlyBytes: null,
    kvFullBytesPerToken: kv ? kv.perCell * (kv.layers - swaLayers) : null,
    kvSwaBytesPerToken: kv ? kv.perCell * swaLayers : null,
    swaCells: kv ? (a.slidingWindow !== undefined ? Math.ceil((a.slidingWindow + UBATCH) / KV_CELL_ROUNDING) * KV_CELL_ROUNDING : 0) : null,
    overheadBytes: q4.missing.includes('architecture.vocabSize') ? null : q4.overheadBytes,
  };
}

/** The SQL filter's total in TypeScript (null when unknown). */
export function totalFromFigures(f: ModelFigures, memoryProfile: string, quantization: FitQuantization, contextLength: number): number | null {
  if (memoryProfile === 'weights-only') return f.weightsOnlyBytes;
  const weights = { Q4_K_M: f.q4WeightsBytes, Q8_0: f.q8WeightsBytes, F16: f.f16WeightsBytes }[quantization];
  if (weights === null || f.kvFullBytesPerToken === null || f.kvSwaBytesPerToken === null || f.swaCells === null || f.overheadBytes === null) return null;
  const swaContext = Math.ceil(contextLength / KV_CELL_ROUNDING) * KV_CELL_ROUNDING;
  return weights + f.kvFullBytesPerToken * contextLength + f.kvSwaBytesPerToken * Math.min(swaContext, f.swaCells) + f.overheadBytes;
}
