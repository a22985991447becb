import type { MemoryEstimate } from '../graphql/memory-estimate.fragment';
import type { ModelCardData } from '../graphql/model-card.fragment';
import type { OpenModelDetail } from '../graphql/open-model-detail.fragment';
import type { OpenModelFacets } from '../graphql/open-models.query';
import type { DevicePreset } from '../graphql/open-model.types';

const GIB = 1024 ** 3;

export const devicePresets: DevicePreset[] = [
  { id: 'phone-4gb', name: 'Phone with 4 GB', kind: 'PHONE', totalBytes: 4 * GIB, usableBytes: 1.5 * GIB, explanation: 'What an app can get on a 4 GB phone (our assumption).' },
  { id: 'laptop-8gb', name: 'Laptop with 8 GB, no GPU', kind: 'CPU_LAPTOP', totalBytes: 8 * GIB, usableBytes: 5 * GIB, explanation: 'RAM less the OS and a browser.' },
  { id: 'gpu-16gb', name: '16 GB GPU', kind: 'GPU', totalBytes: 16 * GIB, usableBytes: 15 * GIB, explanation: 'VRAM less llama.cpp’s 1 GiB margin.' },
];

export const catalogLanguages = [
  { code: 'eng', name: 'English', african: false },
  { code: 'swh', name: 'Swahili', african: true },
  { code: 'yor', name: 'Yoruba', african: true },
];

export function memoryRow(quantization: string, totalGib: number, overrides: Partial<MemoryEstimate> = {}): MemoryEstimate {
  return {
    quantization,
    bitsPerWeight: 4.8944,
    weightsBytes: totalGib * 0.7 * GIB,
    kvCacheBytes: totalGib * 0.2 * GIB,
    overheadBytes: totalGib * 0.1 * GIB,
    totalBytes: totalGib * GIB,
    contextLength: 4096,
    weightsOnly: false,
    fits: devicePresets.map((d) => ({ deviceId: d.id, fits: totalGib * GIB <= d.usableBytes })),
    ...overrides,
  };
}

export function modelCard(overrides: Partial<ModelCardData> = {}): ModelCardData {
  return {
    id: 'm-qwen',
    slug: 'qwen2-5-0-5b-instruct',
    name: 'Qwen2.5 0.5B Instruct',
    organization: 'Qwen',
    parameterCount: 494_032_768,
    parameterWording: '0.49B',
    activeParameterCount: null,
    modality: 'text',
    tasks: ['text-generation'],
    memoryProfile: 'LANGUAGE_MODEL',
    coversAfricanLanguage: false,
    languages: [{ code: 'eng' }, { code: 'zho' }],
    licence: { id: 'Apache-2.0', name: 'Apache License 2.0', commercialUse: 'YES' },
    memory: [
      { quantization: 'Q4_K_M', totalBytes: 0.75 * GIB, weightsOnly: false },
      { quantization: 'Q8_0', totalBytes: 1.1 * GIB, weightsOnly: false },
      { quantization: 'F16', totalBytes: 1.6 * GIB, weightsOnly: false },
    ],
    ...overrides,
  };
}

export const facets: OpenModelFacets = {
  tasks: [
    { value: 'text-generation', label: 'text-generation', count: 12 },
    { value: 'speech-recognition', label: 'speech-recognition', count: 3 },
  ],
  modalities: [
    { value: 'text', label: 'text', count: 14 },
    { value: 'speech', label: 'speech', count: 3 },
  ],
  languages: [
    { value: 'eng', label: 'English', count: 15 },
    { value: 'swh', label: 'Swahili', count: 6 },
  ],
  licences: [],
  commercialUse: [
    { value: 'YES', label: 'YES', count: 9 },
    { value: 'CONDITIONAL', label: 'CONDITIONAL', count: 4 },
    { value: 'NO', label: 'NO', count: 2 },
  ],
} as OpenModelFacets;

export function modelDetail(overrides: Partial<OpenModelDetail> = {}): OpenModelDetail {
  const card = { id: 'c1', title: 'Llama 3.2 1B Instruct model card', url: 'https://huggingface.co/meta-llama/Llama-3.2-1B-Instruct', accessed: '2026-11-28' };
  const config = { id: 'config', title: 'config.json', url: 'https://huggingface.co/meta-llama/Llama-3.2-1B-Instruct/blob/main/config.json', accessed: '2026-11-28' };
  return {
    id: 'm-llama',
    slug: 'llama-3-2-1b-instruct',
    name: 'Llama 3.2 1B Instruct',
    organization: 'Meta',
    family: 'Llama 3.2',
    description: 'A small multilingual instruction-tuned text model meant for on-device use.',
    released: '2024-09',
    parameterCount: 1_235_814_400,
    parameterWording: '1.23B',
    activeParameterCount: null,
    modality: 'text',
    tasks: ['text-generation'],
    memoryProfile: 'LANGUAGE_MODEL',
    contextLength: 131072,
    languages: [
      { code: 'eng', name: 'English', original: 'en', african: false },
      { code: 'deu', name: 'German', original: 'de', african: false },
    ],
    coversAfricanLanguage: false,
    licence: {
      id: 'LicenseRef-llama-3.2-community',
      name: 'Llama 3.2 Community License',
      spdx: null,
      url: 'https://www.llama.com/llama3_2/license/',
      commercialUse: 'CONDITIONAL',
      condition: 'Services with more than 700 million monthly active users need a licence from Meta.',
      summary: 'You may use, change and share the model, keeping the licence and the notice.',
    },
    open: { weights: true, code: false, trainingData: null },
    variants: [{ format: 'safetensors', quantization: 'bf16', url: 'https://huggingface.co/meta-llama/Llama-3.2-1B-Instruct', fileSizeBytes: 2_471_645_608, official: true }],
    cardUrl: card.url,
    paperUrl: null,
    codeUrl: null,
    sources: [card, config],
    facts: [
      { field: 'parameters.count', source: card, kind: 'STATED', note: null },
      { field: 'architecture.headDim', source: config, kind: 'COMPUTED', note: 'hidden_size / num_attention_heads' },
    ],
    notes: [{ field: 'parameters.count', text: "The card's table says 1.23B; the safetensors metadata counts 1,235,814,400." }],
    memory: [memoryRow('Q4_K_M', 1.2), memoryRow('Q8_0', 1.8, { bitsPerWeight: 8.5008 }), memoryRow('F16', 3.0, { bitsPerWeight: 16.0005 })],
    lessons: [
      { courseSlug: 'choosing-open-models', courseTitle: 'Choosing Open Models', lessonSlug: 'memory-arithmetic', lessonTitle: 'Memory arithmetic', language: 'en' },
    ],
    updatedAt: '2026-11-28T00:00:00.000Z',
    ...overrides,
  };
}
