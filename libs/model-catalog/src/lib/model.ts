/**
 * The open-model catalog's data model: one reviewable YAML file per model in
 * `catalog/models/<slug>.yaml`, one per licence in `catalog/licences/<id>.yaml`
 * (docs/model-catalog.md describes both formats field by field).
 *
 * Rules that hold for every file:
 * - every fact comes from a source listed in the file's `sources`, and `provenance` says, per
 *   fact (by its field path), which source and whether the value is `stated` there or
 *   `computed` from stated numbers (with how, in `note`);
 * - a field that could not be verified is left out (never guessed): all facts are optional
 *   except the identity fields (slug, name, organization, modality, tasks, licence);
 * - where official sources disagree, `notes` says so, on the field concerned.
 */

export const MODALITIES = ['text', 'speech', 'vision', 'multimodal'] as const;
export type Modality = (typeof MODALITIES)[number];

export const MODEL_TASKS = [
  'text-generation',
  'translation',
  'speech-recognition',
  'speech-translation',
  'text-to-speech',
  'embeddings',
  'text-classification',
  'token-classification',
  'fill-mask',
  'image-classification',
  'image-text-to-text',
  'zero-shot-image-classification',
  'object-detection',
] as const;
export type ModelTask = (typeof MODEL_TASKS)[number];

/**
 * How the memory estimator treats the model: `language-model` (decoder LLM: weights + KV
 * cache + runtime overhead, shown at Q4_K_M/Q8_0/F16) or `weights-only` (speech, embedding,
 * vision, encoder and encoder-decoder models: weights shown and labelled as such).
 */
export const MEMORY_PROFILES = ['language-model', 'weights-only'] as const;
export type MemoryProfile = (typeof MEMORY_PROFILES)[number];

export const COMMERCIAL_USE = ['yes', 'no', 'conditional'] as const;
export type CommercialUse = (typeof COMMERCIAL_USE)[number];

export const FACT_KINDS = ['stated', 'computed'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const VARIANT_FORMATS = ['safetensors', 'gguf', 'pytorch', 'onnx', 'ctranslate2', 'mlx', 'other'] as const;
export type VariantFormat = (typeof VARIANT_FORMATS)[number];

/** A source read for the facts of one file. */
export interface ModelSource {
  /** Short id used by `provenance` (kebab-case, unique in the file), e.g. `card`, `config`. */
  id: string;
  title: string;
  url: string;
  /** YYYY-MM-DD the source was read. */
  accessed: string;
}

/** Where one fact comes from. */
export interface FactProvenance {
  /** A `ModelSource.id` of the same file. */
  source: string;
  kind: FactKind;
  /** For `computed` facts: how (e.g. "num_hidden_layers × …"); optional for `stated` ones. */
  note?: string;
}

export interface ModelNote {
  /** The field path the note is about, e.g. `parameters.count`, `licence`. */
  field: string;
  text: string;
}

export interface ModelParameters {
  /** Total parameters as a number (e.g. 1235814400 or 1.24e9). */
  count?: number;
  /** The card's own wording, e.g. "1.23B", "8x7B". */
  stated?: string;
  /** Parameters active per token, for mixture-of-experts models. */
  active?: number;
}

/** Architecture figures the memory estimator needs, where published (config.json or card). */
export interface ModelArchitecture {
  layers?: number;
  attentionHeads?: number;
  kvHeads?: number;
  headDim?: number;
  hiddenSize?: number;
  vocabSize?: number;
  /** Sliding-window attention: the window in tokens, and how many layers use full attention. */
  slidingWindow?: number;
  fullAttentionLayers?: number;
  /** Whether the output matrix is tied to the input embeddings. */
  tiedEmbeddings?: boolean;
}

export interface ModelLanguage {
  /** Normalized ISO 639-3 code (individual language where the card's code is a macrolanguage
   * that the card clearly means as one language, otherwise the macrolanguage code). */
  code: string;
  /** The card's own code or name, exactly as written (e.g. `sw`, `swh_Latn`, `Swahili`). */
  original: string;
}

export interface ModelVariant {
  format: VariantFormat;
  /** e.g. `bf16`, `f16`, `fp32`, `Q4_K_M`, `Q8_0`, `int8`, `gptq-int4`. */
  quantization: string;
  /** Where it is published (repository URL). */
  url: string;
  /** Total size of the weight files in bytes, where published. */
  fileSizeBytes?: number;
  /** Whether the publisher is the model's own organization. */
  official: boolean;
}

/** What the release makes open: downloadable weights, training/inference code, training data. */
export interface ModelOpenness {
  weights: boolean;
  /** Training code published under an open licence (inference-only code does not count). */
  code?: boolean;
  /** The training data (or a full, reproducible recipe to rebuild it) published. */
  trainingData?: boolean;
}

export interface ModelLinks {
  card: string;
  paper?: string;
  code?: string;
}

/** One model file, `catalog/models/<slug>.yaml`. */
export interface CatalogModel {
  /** kebab-case, ≤ 64 characters, equal to the file name. */
  slug: string;
  name: string;
  organization: string;
  family?: string;
  /** One or two plain sentences on what it is and what it is for (written for learners). */
  description?: string;
  /** YYYY-MM. */
  released?: string;
  parameters: ModelParameters;
  modality: Modality;
  tasks: ModelTask[];
  memoryProfile: MemoryProfile;
  /** Maximum context in tokens (language models) or input length the card states. */
  contextLength?: number;
  architecture?: ModelArchitecture;
  languages: ModelLanguage[];
  /** An id of `catalog/licences/` (SPDX id, or `LicenseRef-…` for custom licences). */
  licence: string;
  open: ModelOpenness;
  variants: ModelVariant[];
  links: ModelLinks;
  sources: ModelSource[];
  /** Field path → provenance, for every fact present in the file. */
  provenance: Record<string, FactProvenance>;
  notes: ModelNote[];
}

/** One licence file, `catalog/licences/<id>.yaml`. */
export interface CatalogLicence {
  /** SPDX id where one exists (e.g. `Apache-2.0`), else `LicenseRef-<kebab>`. */
  id: string;
  name: string;
  /** SPDX id, absent for custom licences. */
  spdx?: string;
  url: string;
  commercialUse: CommercialUse;
  /** For `conditional` (and any `no`): the condition in plain words. */
  condition?: string;
  /** A plain-words summary for learners: what you may do, what you must do, what you may not. */
  summary: string;
  sources: ModelSource[];
  notes?: string[];
}
