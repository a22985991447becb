import { findCatalogRoot } from './catalog-root';
import { estimateMemory } from './memory';
import { FIT_QUANTIZATIONS, modelFigures, totalFromFigures } from './memory-figures';
import type { CatalogModel } from './model';
import { readCatalogFolder } from './read';

const base = {
  slug: 'x',
  name: 'X',
  organization: 'Lab',
  parameters: { count: 9.24e9 },
  modality: 'text',
  tasks: ['text-generation'],
  memoryProfile: 'language-model',
  languages: [],
  licence: 'MIT',
  open: { weights: true },
  variants: [],
  links: { card: 'https://example.org' },
  sources: [],
  provenance: {},
  notes: [],
} as unknown as CatalogModel;

describe('the stored figures behind "fits my device"', () => {
  it('give the estimator’s total at every context, sliding-window layers included', async () => {
    const { models } = await readCatalogFolder(findCatalogRoot());
    const swa = { ...base, architecture: { layers: 42, attentionHeads: 16, kvHeads: 8, headDim: 256, vocabSize: 256000, slidingWindow: 4096, fullAttentionLayers: 21 } };
    const plain = { ...base, architecture: { layers: 32, attentionHeads: 32, kvHeads: 8, hiddenSize: 4096, vocabSize: 128256 } };
    for (const model of [swa, plain, ...models.filter((m) => m.memoryProfile === 'language-model')]) {
      const figures = modelFigures(model);
      for (const quantization of FIT_QUANTIZATIONS) {
        for (const contextLength of [1, 300, 4096, 4500, 8192, 32768, 131072]) {
          const estimate = estimateMemory(model, { quantization, contextLength });
          const total = totalFromFigures(figures, model.memoryProfile, quantization, contextLength);
          if (estimate.complete) expect({ slug: model.slug, contextLength, total: Math.round(total ?? -1) }).toEqual({ slug: model.slug, contextLength, total: Math.round(estimate.totalBytes) });
          else expect({ slug: model.slug, total }).toEqual({ slug: model.slug, total: null });
        }
      }
    }
  });

  it('never claim a fit when an input is missing', () => {
    expect(totalFromFigures(modelFigures({ ...base, architecture: undefined }), 'language-model', 'Q4_K_M', 4096)).toBeNull();
    expect(totalFromFigures(modelFigures({ ...base, parameters: {} }), 'language-model', 'Q4_K_M', 4096)).toBeNull();
    const speech = { ...base, memoryProfile: 'weights-only', variants: [{ format: 'safetensors', quantization: 'fp32', url: 'https://e.org', official: true }, { format: 'onnx', quantization: 'int8', url: 'https://e.org', official: true }] } as CatalogModel;
    expect(totalFromFigures(modelFigures(speech), 'weights-only', 'F16', 4096)).toBe(9.24e9);
  });
});
