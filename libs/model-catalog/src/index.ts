export * from './lib/model';
export { type CatalogIssue, type FieldPath, CatalogValidationError, formatCatalogIssue, formatFieldPath } from './lib/issues';
export { readCatalogFolder, readModelText, readLicenceText, type ModelReadResult, type LicenceReadResult, type CatalogReadResult, type FileReadResult } from './lib/read';
export { checkModel, checkLicence, languageCodeProblem, MODEL_FIELDS, MODEL_FIELD_PATHS, LICENCE_FIELDS, SLUG_PATTERN, PARAMETER_RANGE, CONTEXT_LENGTH_MAX, type CheckResult, type RawIssue, type ModelCheckOptions } from './lib/validate';
export { serializeModel, serializeLicence } from './lib/serialize';
export { normalizeLanguageCode, languageName, expandLanguageMatch, isAfricanLanguage, macrolanguageOf, macrolanguageMembers, isIso6393Code, AFRICAN_LANGUAGES, type LanguageCodeResult } from './lib/languages';
export { estimateMemory, memoryTable, bitsPerWeight, kvCacheBytes, GGUF_BITS_PER_WEIGHT, PLAIN_BITS_PER_WEIGHT, KV_CACHE_BYTES, LANGUAGE_MODEL_QUANTIZATIONS, type MemoryEstimate, type MemoryOptions, type KvCacheType, type GgufQuantization } from './lib/memory';
export { DEVICE_PRESETS, devicePreset, fitsDevice, GPU_FIT_MARGIN_BYTES, type DevicePreset, type DeviceKind } from './lib/devices';
export { findCatalogRoot, CATALOG_DIRS } from './lib/catalog-root';
