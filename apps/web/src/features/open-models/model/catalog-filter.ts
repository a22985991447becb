import type { CommercialUse, OpenModelFilterInput, OpenModelSort, Quantization } from '../graphql/open-model.types';

/** Parameter-count bands offered as presets (bounds in parameters; min inclusive, max exclusive). */
export const SIZE_RANGES = {
  'lt1b': { max: 1e9 },
  '1-4b': { min: 1e9, max: 4e9 },
  '4-10b': { min: 4e9, max: 10e9 },
  '10-40b': { min: 10e9, max: 40e9 },
  'gt40b': { min: 40e9 },
} as const satisfies Record<string, { min?: number; max?: number }>;
export type SizeRange = keyof typeof SIZE_RANGES;
export const SIZE_RANGE_IDS = Object.keys(SIZE_RANGES) as SizeRange[];

export const QUANTIZATIONS: readonly Quantization[] = ['Q4_K_M', 'Q8_0', 'F16'];
export const SORTS: readonly OpenModelSort[] = ['NAME', 'SIZE_ASC', 'SIZE_DESC', 'RELEASED_DESC', 'RELEASED_ASC'];

/** "Commercial use allowed": outright, or outright or under a condition. */
export const COMMERCIAL_CHOICES = { yes: ['YES'], conditional: ['YES', 'CONDITIONAL'] } as const satisfies Record<string, readonly CommercialUse[]>;
export type CommercialChoice = keyof typeof COMMERCIAL_CHOICES;

/** The language filter's value for "any African language". */
export const AFRICAN = 'african';
/** The device filter's value for a memory figure the reader types. */
export const CUSTOM_DEVICE = 'custom';

export const DEFAULT_CONTEXT = 4096;
export const MAX_CONTEXT = 1_048_576;
/** Memory is counted in GiB, the unit RAM and VRAM are sold in (as "GB"). */
export const GIB = 1024 ** 3;

/** Everything the catalog page can filter on, as the address keeps it. */
export interface ModelFilter {
  query: string;
  task: string | null;
  modality: string | null;
  /** An ISO 639 code, or `AFRICAN`. */
  language: string | null;
  commercial: CommercialChoice | null;
  size: SizeRange | null;
  /** A device preset id, or `CUSTOM_DEVICE`. */
  device: string | null;
  /** Usable memory in GiB, read when `device` is `CUSTOM_DEVICE`. */
  customGib: number | null;
  quantization: Quantization;
  contextLength: number;
  sort: OpenModelSort;
}

export const EMPTY_FILTER: ModelFilter = {
  query: '',
  task: null,
  modality: null,
  language: null,
  commercial: null,
  size: null,
  device: null,
  customGib: null,
  quantization: 'Q4_K_M',
  contextLength: DEFAULT_CONTEXT,
  sort: 'NAME',
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null => (values.includes(value as T) ? (value as T) : null);

function positive(value: string | null, max: number): number | null {
  if (!value) return null;
  const n = Number(value);
  return Number.isFinite(n) && n > 0 && n <= max ? n : null;
}

/** Reads the address's query (`?q=&task=&lang=african&device=phone-4gb…`); unknown values are ignored. */
export function filterFromSearch(search: string): ModelFilter {
  const params = new URLSearchParams(search);
  const text = (key: string) => params.get(key)?.trim() || null;
  const context = positive(params.get('ctx'), MAX_CONTEXT);
  return {
    query: params.get('q') ?? '',
    task: text('task'),
    modality: text('modality'),
    language: text('lang'),
    commercial: oneOf(Object.keys(COMMERCIAL_CHOICES) as CommercialChoice[], params.get('commercial')),
    size: oneOf(SIZE_RANGE_IDS, params.get('size')),
    device: text('device'),
    customGib: positive(params.get('gib'), 100_000),
    quantization: oneOf(QUANTIZATIONS, params.get('quant')) ?? EMPTY_FILTER.quantization,
    contextLength: context ? Math.round(context) : DEFAULT_CONTEXT,
    sort: oneOf(SORTS, params.get('sort')) ?? EMPTY_FILTER.sort,
  };
}

/** The address's query for a filter; defaults are left out so a plain `/models` stays plain. */
export function searchFromFilter(filter: ModelFilter): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | number | null, fallback: string | number | null = null) => {
    if (value !== null && value !== '' && value !== fallback) params.set(key, String(value));
  };
  set('q', filter.query.trim());
  set('task', filter.task);
  set('modality', filter.modality);
  set('lang', filter.language);
  set('commercial', filter.commercial);
  set('size', filter.size);
  set('device', filter.device);
  if (filter.device === CUSTOM_DEVICE) set('gib', filter.customGib);
  if (filter.device) {
    set('quant', filter.quantization, EMPTY_FILTER.quantization);
    set('ctx', filter.contextLength, EMPTY_FILTER.contextLength);
  }
  set('sort', filter.sort, EMPTY_FILTER.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether anything narrows the list (the sort does not). */
export function isFiltered(filter: ModelFilter): boolean {
  return searchFromFilter({ ...filter, sort: EMPTY_FILTER.sort }) !== '';
}

/** The API's `OpenModelFilter` for a filter. */
export function filterInput(filter: ModelFilter): OpenModelFilterInput {
  const input: OpenModelFilterInput = {};
  const query = filter.query.trim();
  if (query) input.query = query;
  if (filter.task) input.tasks = [filter.task];
  if (filter.modality) input.modalities = [filter.modality];
  if (filter.language === AFRICAN) input.africanLanguage = true;
  else if (filter.language) input.languages = [filter.language];
  if (filter.commercial) input.commercialUse = [...COMMERCIAL_CHOICES[filter.commercial]];
  if (filter.size) {
    const range: { min?: number; max?: number } = SIZE_RANGES[filter.size];
    if (range.min !== undefined) input.minParameters = range.min;
    if (range.max !== undefined) input.maxParameters = range.max;
  }
  const fit = { quantization: filter.quantization, contextLength: filter.contextLength };
  if (filter.device === CUSTOM_DEVICE) {
    if (filter.customGib) input.fits = { usableBytes: Math.round(filter.customGib * GIB), ...fit };
  } else if (filter.device) {
    input.fits = { deviceId: filter.device, ...fit };
  }
  return input;
}
