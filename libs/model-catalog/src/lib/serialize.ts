import { Document, isMap, isScalar, isSeq, Scalar, type Node } from 'yaml';
import type { CatalogLicence, CatalogModel } from './model';
import { LICENCE_FIELDS, MODEL_FIELD_PATHS, MODEL_FIELDS } from './validate';

/** Copies the fields of the format in its order, leaving absent ones out. */
function ordered(source: unknown, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const record = (source ?? {}) as Record<string, unknown>;
  for (const key of keys) if (record[key] !== undefined) out[key] = record[key];
  // Unknown keys are kept (after the known ones) so that a writer never hides them from the validator.
  for (const key of Object.keys(record)) if (!keys.includes(key) && record[key] !== undefined) out[key] = record[key];
  return out;
}

const fieldRank = (field: string) => {
  const i = MODEL_FIELD_PATHS.indexOf(field);
  return i < 0 ? MODEL_FIELD_PATHS.length : i;
};

function canonicalModel(model: CatalogModel): Record<string, unknown> {
  const list = <T>(items: T[] | undefined, keys: readonly string[]) => items?.map((item) => ordered(item, keys));
  const provenance = model.provenance && Object.fromEntries(
    Object.keys(model.provenance)
      .sort((a, b) => fieldRank(a) - fieldRank(b) || a.localeCompare(b))
      .map((field) => [field, ordered(model.provenance[field], MODEL_FIELDS.provenance)]),
  );
  return ordered(
    {
      ...model,
      parameters: model.parameters && ordered(model.parameters, MODEL_FIELDS.parameters),
      architecture: model.architecture && ordered(model.architecture, MODEL_FIELDS.architecture),
      languages: list(model.languages, MODEL_FIELDS.language),
      open: model.open && ordered(model.open, MODEL_FIELDS.open),
      variants: list(model.variants, MODEL_FIELDS.variant),
      links: model.links && ordered(model.links, MODEL_FIELDS.links),
      sources: list(model.sources, MODEL_FIELDS.source),
      provenance,
      notes: list(model.notes, MODEL_FIELDS.note),
    },
    MODEL_FIELDS.top,
  );
}

/** Free text is always double-quoted, so an edit that adds `: ` or `, ` cannot change its meaning. */
const TEXT_KEYS = new Set(['description', 'note', 'text', 'title', 'condition', 'summary', 'notes']);
/** Words YAML 1.1 readers take for booleans (`commercialUse: yes`, Norwegian `no`): quoted for them. */
const YAML11_BOOLEAN = /^(y|n|yes|no|true|false|on|off)$/i;

function quote(node: unknown, text: boolean): void {
  if (isScalar(node) && typeof node.value === 'string' && (text || YAML11_BOOLEAN.test(node.value))) node.type = Scalar.QUOTE_DOUBLE;
}

/**
 * Canonical YAML: fields in the format's order, 2-space indent, no line folding; lists of
 * scalars and mappings inside lists, provenance entries and `open` on one line each
 * (`- { code: swh, original: swh_Latn }`). The same value always gives the same text.
 */
function stringify(value: Record<string, unknown>, flowKeys: readonly string[]): string {
  const doc = new Document(value, { version: '1.2', schema: 'core' });
  const scalarsOnly = (node: Node) => (isMap(node) || isSeq(node)) && node.items.every((item) => !isMap(isMap(node) ? (item as { value: unknown }).value : item) && !isSeq(isMap(node) ? (item as { value: unknown }).value : item));
  // `key` is the name of the field holding the node ('provenance-entry' for provenance values).
  const visit = (node: unknown, inSeq: boolean, key?: string): void => {
    if (isMap(node)) {
      node.flow = node.items.length === 0 || (scalarsOnly(node) && (inSeq || (key !== undefined && flowKeys.includes(key))));
      for (const pair of node.items) {
        const name = String((pair.key as { value: unknown }).value);
        quote(pair.value, TEXT_KEYS.has(name));
        visit(pair.value, false, key === 'provenance' ? 'provenance-entry' : name);
      }
    } else if (isSeq(node)) {
      node.flow = node.items.length === 0 || scalarsOnly(node);
      for (const item of node.items) {
        quote(item, key !== undefined && TEXT_KEYS.has(key));
        visit(item, true);
      }
    }
  };
  visit(doc.contents, false);
  const text = doc.toString({ indent: 2, indentSeq: true, lineWidth: 0, flowCollectionPadding: true });
  // Mappings keep their padding (`{ code: swh }`), lists of scalars lose it (`[text-generation]`).
  return text.replace(/^(\s*[A-Za-z.]+: )\[ (.*) \]$/gm, '$1[$2]');
}

/** The canonical text of a model file; `readModelText(serializeModel(m))` gives `m` back. */
export function serializeModel(model: CatalogModel): string {
  return stringify(canonicalModel(model), ['open', 'provenance-entry']);
}

/** The canonical text of a licence file. */
export function serializeLicence(licence: CatalogLicence): string {
  return stringify(ordered({ ...licence, sources: licence.sources?.map((s) => ordered(s, MODEL_FIELDS.source)) }, LICENCE_FIELDS), []);
}
