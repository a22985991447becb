import { isIso6393Code, iso6393FromIso6391, normalizeLanguageCode } from './languages';
import { COMMERCIAL_USE, FACT_KINDS, MEMORY_PROFILES, MODALITIES, MODEL_TASKS, VARIANT_FORMATS } from './model';
import { formatFieldPath, type FieldPath } from './issues';

/** A problem at a field path, before it is given a file and a line. */
export interface RawIssue {
  path: FieldPath;
  message: string;
}

export interface CheckResult {
  errors: RawIssue[];
  /** Worth a look (and usually a `notes` entry) but not wrong. */
  warnings: RawIssue[];
}

export interface ModelCheckOptions {
  /** The file's name without `.yaml`; the slug must equal it. */
  expectedSlug?: string;
  /** Known licence ids; when given, the model's licence must be one of them. */
  licenceIds?: Iterable<string>;
  /** "Now" for dates that may not be in the future (tests pass a fixed day). */
  today?: Date;
}

/** Fields of a model file, in the canonical order; nested objects list theirs. */
export const MODEL_FIELDS = {
  top: ['slug', 'name', 'organization', 'family', 'description', 'released', 'parameters', 'modality', 'tasks', 'memoryProfile', 'contextLength', 'architecture', 'languages', 'licence', 'open', 'variants', 'links', 'sources', 'provenance', 'notes'],
  parameters: ['count', 'stated', 'active'],
  architecture: ['layers', 'attentionHeads', 'kvHeads', 'headDim', 'hiddenSize', 'vocabSize', 'slidingWindow', 'fullAttentionLayers', 'tiedEmbeddings'],
  language: ['code', 'original'],
  open: ['weights', 'code', 'trainingData'],
  variant: ['format', 'quantization', 'url', 'fileSizeBytes', 'official'],
  links: ['card', 'paper', 'code'],
  source: ['id', 'title', 'url', 'accessed'],
  provenance: ['source', 'kind', 'note'],
  note: ['field', 'text'],
} as const;

export const LICENCE_FIELDS = ['id', 'name', 'spdx', 'url', 'commercialUse', 'condition', 'summary', 'sources', 'notes'] as const;

/** Every field path a provenance entry or a note may name, in the canonical order. */
export const MODEL_FIELD_PATHS: readonly string[] = MODEL_FIELDS.top.flatMap((key) => {
  const nested = (MODEL_FIELDS as Record<string, readonly string[]>)[key];
  return ['parameters', 'architecture', 'open', 'links'].includes(key) ? [key, ...nested.map((k) => `${key}.${k}`)] : [key];
});

/** Facts that need a provenance entry when present (for the path itself or a parent path). */
const FACT_PATHS = new Set([
  'released',
  'parameters.count',
  'parameters.stated',
  'parameters.active',
  'tasks',
  'contextLength',
  ...MODEL_FIELDS.architecture.map((k) => `architecture.${k}`),
  'languages',
  'licence',
  ...MODEL_FIELDS.open.map((k) => `open.${k}`),
  'variants',
]);

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SLUG_MAX = 64;
export const LICENCE_ID_PATTERN = /^(LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9][A-Za-z0-9.+-]*)$/;
export const PARAMETER_RANGE = { min: 1e6, max: 3e12 } as const;
export const CONTEXT_LENGTH_MAX = 10_000_000;
const SOURCE_ID_PATTERN = SLUG_PATTERN;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) => JSON.stringify(v);

class Checker {
  readonly errors: RawIssue[] = [];
  readonly warnings: RawIssue[] = [];
  error(path: FieldPath, message: string) {
    this.errors.push({ path: [...path], message });
  }
  warn(path: FieldPath, message: string) {
    this.warnings.push({ path: [...path], message });
  }
  keys(value: Obj, path: FieldPath, allowed: readonly string[]) {
    for (const key of Object.keys(value)) if (!allowed.includes(key)) this.error([...path, key], `is not a field of the format (known: ${allowed.join(', ')})`);
  }
  object(value: unknown, path: FieldPath, allowed: readonly string[], required = true): value is Obj {
    if (value === undefined) {
      if (required) this.error(path, 'is required');
      return false;
    }
    if (!isObj(value)) {
      this.error(path, `must be a mapping of fields (got ${show(value)})`);
      return false;
    }
    this.keys(value, path, allowed);
    return true;
  }
  list(value: unknown, path: FieldPath, required = true): value is unknown[] {
    if (value === undefined) {
      if (required) this.error(path, 'is required (a list, [] when empty)');
      return false;
    }
    if (!Array.isArray(value)) {
      this.error(path, `must be a list (got ${show(value)})`);
      return false;
    }
    return true;
  }
  text(value: unknown, path: FieldPath, required = true, max = 2000): value is string {
    if (value === undefined) {
      if (required) this.error(path, 'is required');
      return false;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      this.error(path, `must be non-empty text (got ${show(value)})`);
      return false;
    }
    if (value.length > max) this.error(path, `must be at most ${max} characters (got ${value.length})`);
    return true;
  }
  bool(value: unknown, path: FieldPath, required = false): void {
    if (value === undefined) {
      if (required) this.error(path, 'is required (true or false)');
    } else if (typeof value !== 'boolean') this.error(path, `must be true or false (got ${show(value)})`);
  }
  positiveInt(value: unknown, path: FieldPath, required = false): value is number {
    if (value === undefined) {
      if (required) this.error(path, 'is required');
      return false;
    }
    if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
      this.error(path, `must be a positive whole number (got ${show(value)})`);
      return false;
    }
    return true;
  }
  oneOf(value: unknown, path: FieldPath, allowed: readonly string[], required = true): void {
    if (value === undefined) {
      if (required) this.error(path, `is required (one of ${allowed.join(', ')})`);
    } else if (typeof value !== 'string' || !allowed.includes(value)) this.error(path, `must be one of ${allowed.join(', ')} (got ${show(value)})`);
  }
  https(value: unknown, path: FieldPath, required = true): void {
    if (!this.text(value, path, required)) return;
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (!url || url.protocol !== 'https:' || /\s/.test(value)) this.error(path, `must be an https:// URL (got ${show(value)})`);
  }
  day(value: unknown, path: FieldPath, today: Date): void {
    if (value === undefined) return this.error(path, 'is required (YYYY-MM-DD)');
    const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
    const date = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : undefined;
    if (!m || !date || date.getUTCMonth() !== +m[2] - 1 || date.getUTCDate() !== +m[3]) return this.error(path, `must be a date YYYY-MM-DD (got ${show(value)})`);
    if (m[0] > isoDay(today)) this.error(path, `must not be in the future (got ${value}, today is ${isoDay(today)})`);
  }
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function checkSources(c: Checker, value: unknown, path: FieldPath, today: Date): Set<string> {
  const ids = new Set<string>();
  if (!c.list(value, path)) return ids;
  if (value.length === 0) c.error(path, 'must list at least one source');
  value.forEach((s, i) => {
    const at = [...path, i];
    if (!c.object(s, at, MODEL_FIELDS.source)) return;
    if (c.text(s.id, [...at, 'id'], true, 40)) {
      if (!SOURCE_ID_PATTERN.test(s.id)) c.error([...at, 'id'], `must be a short kebab-case id such as "card" or "config" (got ${show(s.id)})`);
      if (ids.has(s.id)) c.error([...at, 'id'], `"${s.id}" is used by another source of this file`);
      ids.add(s.id);
    }
    c.text(s.title, [...at, 'title'], true, 300);
    c.https(s.url, [...at, 'url']);
    c.day(s.accessed, [...at, 'accessed'], today);
  });
  return ids;
}

/** Why a language code is not acceptable in a data file, or undefined when it is. */
export function languageCodeProblem(code: unknown): string | undefined {
  if (typeof code !== 'string' || code === '') return `must be an ISO 639-3 code (got ${show(code)})`;
  if (isIso6393Code(code)) return undefined;
  const lower = code.toLowerCase();
  if (/^[a-z]{2}$/.test(lower)) {
    const three = iso6393FromIso6391(lower);
    return three ? `"${code}" is an ISO 639-1 code: write its ISO 639-3 code "${three}" (keep "${code}" in original)` : `"${code}" is not a language code (expected ISO 639-3, e.g. "swh")`;
  }
  const n = normalizeLanguageCode(code);
  if (n.ok) return `"${code}" is not a plain ISO 639-3 code: write "${n.code}" (keep "${code}" in original)`;
  return `"${code}" is not an ISO 639-3 code (see catalog/languages/iso-639-3.tsv)`;
}

/** Field paths present in a model value: top-level keys, `parent.child` for nested objects. */
export function presentFieldPaths(value: Obj): Set<string> {
  const out = new Set<string>();
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    out.add(key);
    if (['parameters', 'architecture', 'open', 'links'].includes(key) && isObj(v)) for (const [k, inner] of Object.entries(v)) if (inner !== undefined) out.add(`${key}.${k}`);
  }
  return out;
}

/** Checks a model file's value (parsed YAML, or an object from the API) against every rule of the format. */
export function checkModel(value: unknown, options: ModelCheckOptions = {}): CheckResult {
  const c = new Checker();
  const today = options.today ?? new Date();
  if (!c.object(value, [], MODEL_FIELDS.top)) return c;
  const m = value;

  if (c.text(m.slug, ['slug'], true, SLUG_MAX * 4)) {
    if (!SLUG_PATTERN.test(m.slug)) c.error(['slug'], `must be kebab-case: lower-case letters, digits and single dashes (got ${show(m.slug)})`);
    if (m.slug.length > SLUG_MAX) c.error(['slug'], `must be at most ${SLUG_MAX} characters (got ${m.slug.length})`);
    if (options.expectedSlug !== undefined && m.slug !== options.expectedSlug) c.error(['slug'], `must equal the file name "${options.expectedSlug}"`);
  }
  c.text(m.name, ['name'], true, 200);
  c.text(m.organization, ['organization'], true, 200);
  c.text(m.family, ['family'], false, 200);
  c.text(m.description, ['description'], false, 1000);
  if (m.released !== undefined) {
    const r = m.released;
    if (typeof r !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(r)) c.error(['released'], `must be a month YYYY-MM (got ${show(r)})`);
    else if (r > isoDay(today).slice(0, 7)) c.error(['released'], `must not be in the future (got ${r})`);
  }

  if (c.object(m.parameters, ['parameters'], MODEL_FIELDS.parameters)) {
    const p = m.parameters;
    const inRange = (v: unknown, at: FieldPath) => {
      if (!c.positiveInt(v, at)) return false;
      if (v < PARAMETER_RANGE.min || v > PARAMETER_RANGE.max) {
        c.error(at, `must be between 1e6 and 3e12 parameters (got ${v}); write the number itself, not millions or billions`);
        return false;
      }
      return true;
    };
    const count = inRange(p.count, ['parameters', 'count']);
    const active = inRange(p.active, ['parameters', 'active']);
    if (count && active && (p.active as number) > (p.count as number)) c.error(['parameters', 'active'], `cannot exceed parameters.count (${p.active} > ${p.count})`);
    c.text(p.stated, ['parameters', 'stated'], false, 40);
  }
  c.oneOf(m.modality, ['modality'], MODALITIES);
  const tasks = m.tasks;
  if (c.list(tasks, ['tasks'])) {
    if (tasks.length === 0) c.error(['tasks'], 'must list at least one task');
    tasks.forEach((t, i) => {
      c.oneOf(t, ['tasks', i], MODEL_TASKS);
      if (tasks.indexOf(t) !== i) c.error(['tasks', i], `${show(t)} is listed twice`);
    });
  }
  c.oneOf(m.memoryProfile, ['memoryProfile'], MEMORY_PROFILES);
  if (c.positiveInt(m.contextLength, ['contextLength']) && m.contextLength > CONTEXT_LENGTH_MAX) c.error(['contextLength'], `must be at most ${CONTEXT_LENGTH_MAX.toLocaleString('en')} tokens (got ${m.contextLength})`);

  if (c.object(m.architecture, ['architecture'], MODEL_FIELDS.architecture, false)) {
    const a = m.architecture;
    const ok: Record<string, number> = {};
    for (const k of MODEL_FIELDS.architecture) {
      if (k === 'tiedEmbeddings') c.bool(a[k], ['architecture', k]);
      else if (c.positiveInt(a[k], ['architecture', k])) ok[k] = a[k] as number;
    }
    if (ok.kvHeads && ok.attentionHeads) {
      if (ok.kvHeads > ok.attentionHeads) c.error(['architecture', 'kvHeads'], `cannot exceed attentionHeads (${ok.kvHeads} > ${ok.attentionHeads})`);
      else if (ok.attentionHeads % ok.kvHeads !== 0) c.error(['architecture', 'kvHeads'], `attentionHeads (${ok.attentionHeads}) must be a multiple of kvHeads (${ok.kvHeads})`);
    }
    if (ok.fullAttentionLayers && ok.layers && ok.fullAttentionLayers > ok.layers) c.error(['architecture', 'fullAttentionLayers'], `cannot exceed layers (${ok.fullAttentionLayers} > ${ok.layers})`);
    if (a.fullAttentionLayers !== undefined && a.slidingWindow === undefined) c.error(['architecture', 'fullAttentionLayers'], 'only means something with slidingWindow');
    if (ok.headDim && ok.attentionHeads && ok.hiddenSize) {
      const ratio = (ok.headDim * ok.attentionHeads) / ok.hiddenSize;
      if (ratio < 0.5 || ratio > 2) c.warn(['architecture', 'headDim'], `headDim × attentionHeads = ${ok.headDim * ok.attentionHeads} is far from hiddenSize ${ok.hiddenSize}: check the config, and add a note if it is right`);
    }
  }

  if (c.list(m.languages, ['languages'])) {
    const seen = new Set<string>();
    m.languages.forEach((l, i) => {
      const at = ['languages', i];
      if (!c.object(l, at, MODEL_FIELDS.language)) return;
      const problem = languageCodeProblem(l.code);
      if (problem) c.error([...at, 'code'], problem);
      c.text(l.original, [...at, 'original'], true, 100);
      const key = `${l.code}\u0000${l.original}`;
      if (seen.has(key)) c.error(at, `${show(l.code)} (${show(l.original)}) is listed twice`);
      seen.add(key);
    });
  }

  if (c.text(m.licence, ['licence'], true, 100)) {
    if (!LICENCE_ID_PATTERN.test(m.licence)) c.error(['licence'], `must be an SPDX id or LicenseRef-… (got ${show(m.licence)})`);
    else if (options.licenceIds) {
      const known = [...options.licenceIds].sort();
      if (!known.includes(m.licence)) c.error(['licence'], `unknown licence "${m.licence}": add catalog/licences/${m.licence}.yaml or use one of ${known.join(', ')}`);
    }
  }
  if (c.object(m.open, ['open'], MODEL_FIELDS.open)) {
    c.bool(m.open.weights, ['open', 'weights'], true);
    c.bool(m.open.code, ['open', 'code']);
    c.bool(m.open.trainingData, ['open', 'trainingData']);
  }
  if (c.list(m.variants, ['variants'])) {
    m.variants.forEach((v, i) => {
      const at = ['variants', i];
      if (!c.object(v, at, MODEL_FIELDS.variant)) return;
      c.oneOf(v.format, [...at, 'format'], VARIANT_FORMATS);
      c.text(v.quantization, [...at, 'quantization'], true, 40);
      c.https(v.url, [...at, 'url']);
      c.positiveInt(v.fileSizeBytes, [...at, 'fileSizeBytes']);
      c.bool(v.official, [...at, 'official'], true);
    });
  }
  if (c.object(m.links, ['links'], MODEL_FIELDS.links)) {
    c.https(m.links.card, ['links', 'card']);
    c.https(m.links.paper, ['links', 'paper'], false);
    c.https(m.links.code, ['links', 'code'], false);
  }

  const sourceIds = checkSources(c, m.sources, ['sources'], today);
  const present = presentFieldPaths(m);
  const covered = new Set<string>();
  if (c.object(m.provenance, ['provenance'], [...MODEL_FIELD_PATHS])) {
    for (const [field, entry] of Object.entries(m.provenance)) {
      const at = ['provenance', field];
      if (!MODEL_FIELD_PATHS.includes(field)) continue; // reported as an unknown field above
      if (!present.has(field)) c.error(at, `names a field the file does not have: remove it, or add the field`);
      if (!c.object(entry, at, MODEL_FIELDS.provenance)) continue;
      if (c.text(entry.source, [...at, 'source'], true, 40) && !sourceIds.has(entry.source)) c.error([...at, 'source'], `"${entry.source}" is not the id of one of this file's sources (${[...sourceIds].join(', ') || 'none'})`);
      c.oneOf(entry.kind, [...at, 'kind'], FACT_KINDS);
      c.text(entry.note, [...at, 'note'], entry.kind === 'computed', 500);
      covered.add(field);
    }
  }
  for (const fact of present) {
    if (!FACT_PATHS.has(fact)) continue;
    if ((fact === 'languages' || fact === 'variants') && Array.isArray(m[fact]) && (m[fact] as unknown[]).length === 0) continue;
    const parent = fact.includes('.') ? fact.split('.')[0] : undefined;
    if (!covered.has(fact) && !(parent && covered.has(parent))) c.error(['provenance'], `needs an entry for ${fact} (which source, stated or computed)`);
  }
  if (c.list(m.notes, ['notes'])) {
    m.notes.forEach((n, i) => {
      const at = ['notes', i];
      if (!c.object(n, at, MODEL_FIELDS.note)) return;
      if (c.text(n.field, [...at, 'field'], true, 60) && !MODEL_FIELD_PATHS.includes(n.field)) c.error([...at, 'field'], `"${n.field}" is not a field path of the format (e.g. ${MODEL_FIELD_PATHS.slice(5, 9).join(', ')})`);
      c.text(n.text, [...at, 'text'], true, 2000);
    });
  }
  return c;
}

/** Checks a licence file's value. */
export function checkLicence(value: unknown, options: { expectedId?: string; today?: Date } = {}): CheckResult {
  const c = new Checker();
  const today = options.today ?? new Date();
  if (!c.object(value, [], LICENCE_FIELDS)) return c;
  const l = value;
  if (c.text(l.id, ['id'], true, 100)) {
    if (!LICENCE_ID_PATTERN.test(l.id)) c.error(['id'], `must be an SPDX id or LicenseRef-<name> (got ${show(l.id)})`);
    if (options.expectedId !== undefined && l.id !== options.expectedId) c.error(['id'], `must equal the file name "${options.expectedId}"`);
  }
  c.text(l.name, ['name'], true, 200);
  if (c.text(l.spdx, ['spdx'], false, 100) && l.spdx !== l.id) c.error(['spdx'], `must equal id when present (got ${show(l.spdx)} for ${show(l.id)})`);
  if (typeof l.id === 'string' && l.id.startsWith('LicenseRef-') && l.spdx !== undefined) c.error(['spdx'], 'must be left out for a LicenseRef- licence (it has no SPDX id)');
  c.https(l.url, ['url']);
  c.oneOf(l.commercialUse, ['commercialUse'], COMMERCIAL_USE);
  c.text(l.condition, ['condition'], l.commercialUse === 'conditional' || l.commercialUse === 'no', 2000);
  c.text(l.summary, ['summary'], true, 2000);
  checkSources(c, l.sources, ['sources'], today);
  if (c.list(l.notes, ['notes'], false)) l.notes.forEach((n, i) => c.text(n, ['notes', i], true, 2000));
  return c;
}

export { formatFieldPath };
