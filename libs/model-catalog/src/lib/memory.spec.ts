import { DEVICE_PRESETS, devicePreset, fitsDevice } from './devices';
import { bitsPerWeight, estimateMemory, kvCacheBytes, memoryTable } from './memory';
import type { CatalogModel } from './model';

// Worked examples of the memory notes (§4); figures there are GiB / MiB.
const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

function model(over: Partial<CatalogModel>): CatalogModel {
  return {
    slug: 'm',
    name: 'M',
    organization: 'O',
    parameters: {},
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
    ...over,
  };
}

const llama31_8b = model({ parameters: { count: 8.03e9 }, architecture: { layers: 32, attentionHeads: 32, kvHeads: 8, headDim: 128, hiddenSize: 4096, vocabSize: 128256 } });

describe('weights (within 1% of the llama.cpp quantize README, Llama-3.1-8B)', () => {
  it.each([
    ['Q4_K_M', 4.58],
    ['Q6_K', 6.14],
    ['Q8_0', 7.95],
    ['F16', 14.96],
    ['Q5_K_M', 5.33],
    ['Q2_K', 2.95],
    ['IQ4_XS', 4.17],
  ])('%s → %s GiB', (quantization, gib) => {
    const e = estimateMemory(llama31_8b, { quantization, contextLength: 512 });
    expect(Math.abs(e.weightsBytes / GiB - gib) / gib).toBeLessThan(0.01);
  });
});

describe('KV cache (exact)', () => {
  it('row 2: Llama-3.1-8B at 32k: 4 GiB f16, 2.125 GiB q8_0, 1.125 GiB q4_0', () => {
    expect(estimateMemory(llama31_8b, { quantization: 'Q4_K_M', contextLength: 32768 }).kvCacheBytes).toBe(4 * GiB);
    expect(estimateMemory(llama31_8b, { quantization: 'Q4_K_M', contextLength: 32768, kvCacheType: 'q8_0' }).kvCacheBytes).toBe(2.125 * GiB);
    expect(estimateMemory(llama31_8b, { quantization: 'Q4_K_M', contextLength: 32768, kvCacheType: 'q4_0' }).kvCacheBytes).toBe(1.125 * GiB);
  });

  it('row 1 and row 3: 64 MiB at 512 tokens, 256 MiB at 2048', () => {
    expect(estimateMemory(llama31_8b, { quantization: 'Q4_K_M', contextLength: 512 }).kvCacheBytes).toBe(64 * MiB);
    expect(estimateMemory(llama31_8b, { quantization: 'Q6_K', contextLength: 2048 }).kvCacheBytes).toBe(256 * MiB);
  });

  it('row 8: Gemma-3-4B at 32k (5 full + 29 sliding-window layers of 1024) = 640 + 174 MiB', () => {
    const arch = { layers: 34, kvHeads: 4, headDim: 256, slidingWindow: 1024, fullAttentionLayers: 5 };
    expect(kvCacheBytes(arch, 32768)).toBe(814 * MiB);
    expect(kvCacheBytes({ ...arch, layers: 5 }, 32768)).toBe(640 * MiB);
  });

  it('sliding-window layers hold only the context when it is shorter than the window', () => {
    const arch = { layers: 2, kvHeads: 1, headDim: 1, slidingWindow: 4096, fullAttentionLayers: 1 };
    // 2 × 1 × 1 × 2 B = 4 B per cell; full layer 1000 cells, sliding layer min(1000, 4608) rounded up to 1024.
    expect(kvCacheBytes(arch, 1000)).toBe(4 * (1000 + 1024));
  });

  it('Llama-2-7B (MHA) at 10k tokens = 4.88 GiB', () => {
    const llama2 = model({ parameters: { count: 6.74e9 }, architecture: { layers: 32, attentionHeads: 32, kvHeads: 32, headDim: 128 } });
    expect(estimateMemory(llama2, { quantization: 'F16', contextLength: 10000 }).kvCacheBytes / GiB).toBeCloseTo(4.88, 2);
  });

  it('computes the head size from hidden size ÷ heads when the file has no headDim', () => {
    const m = model({ parameters: { count: 8.03e9 }, architecture: { layers: 32, attentionHeads: 32, kvHeads: 8, hiddenSize: 4096, vocabSize: 128256 } });
    expect(estimateMemory(m, { quantization: 'Q4_K_M', contextLength: 2048 }).kvCacheBytes).toBe(256 * MiB);
  });
});

describe('compute buffers and totals', () => {
  it('Llama-3-8B: vocab × 512 × 4 B = 250.5 MiB, +8 MiB device = the logged 258.5 MiB, +150 MiB host', () => {
    const e = estimateMemory(llama31_8b, { quantization: 'Q4_K_M', contextLength: 512 });
    expect(e.computeBytes).toBe(258.5 * MiB + 150 * MiB);
    expect(e.totalBytes).toBe(e.weightsBytes + e.kvCacheBytes + e.overheadBytes);
    expect(e).toMatchObject({ complete: true, missing: [], weightsOnly: false, contextLength: 512, kvCacheType: 'f16' });
    // Row 1: the load log adds up to 4.58 + 0.0625 + 0.26 GiB; the estimate keeps the 150 MiB host figure on top.
    expect(e.totalBytes / GiB).toBeGreaterThan(4.9);
    expect(e.totalBytes / GiB).toBeLessThan(4.9 * 1.1);
  });

  it('never invents what the file lacks: no architecture → no KV cache and no compute, said in missing', () => {
    const e = estimateMemory(model({ parameters: { count: 1e9 } }), { quantization: 'Q8_0' });
    expect(e).toMatchObject({ kvCacheBytes: 0, computeBytes: 0, complete: false, missing: ['architecture.layers', 'architecture.kvHeads', 'architecture.headDim', 'architecture.vocabSize'] });
    expect(e.totalBytes).toBe(e.weightsBytes);
  });

  it('rejects unknown quantizations and impossible contexts', () => {
    expect(() => estimateMemory(llama31_8b, { quantization: 'Q9_X' })).toThrow(/unknown quantization "Q9_X"/);
    expect(() => estimateMemory(llama31_8b, { quantization: 'Q4_K_M', contextLength: 0 })).toThrow(/positive integer/);
    expect(bitsPerWeight('q4_k_m')).toBe(4.8944);
  });
});

describe('memoryTable', () => {
  it('shows Q4_K_M, Q8_0 and F16 at 4,096 tokens for a language model', () => {
    const rows = memoryTable(llama31_8b);
    expect(rows.map((r) => [r.quantization, r.contextLength])).toEqual([
      ['Q4_K_M', 4096],
      ['Q8_0', 4096],
      ['F16', 4096],
    ]);
    expect(rows[0].totalBytes).toBeLessThan(rows[1].totalBytes);
  });

  it('shows the weights of a weights-only model at each precision its variants are published in', () => {
    const whisper = model({
      memoryProfile: 'weights-only',
      modality: 'speech',
      parameters: { count: 244e6 },
      variants: [
        { format: 'safetensors', quantization: 'fp32', url: 'https://example.org/a', official: true },
        { format: 'safetensors', quantization: 'F16', url: 'https://example.org/b', official: true },
        { format: 'gguf', quantization: 'q5_1', url: 'https://example.org/c', official: false },
      ],
    });
    const rows = memoryTable(whisper);
    expect(rows.map((r) => [r.quantization, r.weightsBytes, r.totalBytes, r.weightsOnly, r.contextLength])).toEqual([
      ['fp32', 976e6, 976e6, true, null],
      ['f16', 488e6, 488e6, true, null],
    ]);
  });

  it('is empty without a parameter count', () => {
    expect(memoryTable(model({}))).toEqual([]);
  });
});

describe('device presets', () => {
  it('has the five presets of the issue, GPUs with the 1 GiB fit margin', () => {
    expect(DEVICE_PRESETS.map((d) => [d.id, d.totalBytes / GiB, d.usableBytes / GiB])).toEqual([
      ['phone-4gb', 4, 2],
      ['laptop-8gb', 8, 4.5],
      ['laptop-16gb', 16, 12.5],
      ['gpu-16gb', 16, 15],
      ['gpu-80gb', 80, 79],
    ]);
    for (const d of DEVICE_PRESETS) expect(d.explanation.length).toBeGreaterThan(20);
  });

  it('fits when the total is at most the usable memory', () => {
    const q4 = estimateMemory(llama31_8b, { quantization: 'Q4_K_M', contextLength: 4096 });
    expect(fitsDevice(q4.totalBytes, devicePreset('laptop-8gb')!.usableBytes)).toBe(false);
    expect(fitsDevice(q4.totalBytes, devicePreset('laptop-16gb')!.usableBytes)).toBe(true);
    expect(fitsDevice(10, 10)).toBe(true);
  });
});
