import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CATALOG_DIRS, findCatalogRoot } from './catalog-root';

/**
 * ISO 639-3 language codes, macrolanguages and the curated African list, read once from the
 * generated tables in catalog/languages/ (docs/model-catalog.md says where they come from).
 */
interface LanguageTables {
  names: Map<string, string>;
  scope: Map<string, 'I' | 'M' | 'S'>;
  fromIso6391: Map<string, string>;
  members: Map<string, string[]>;
  macrolanguageOf: Map<string, string>;
  african: string[];
}

let tables: LanguageTables | undefined;

function rows(file: string): string[][] {
  const text = readFileSync(path.join(findCatalogRoot(), CATALOG_DIRS.languages, file), 'utf8');
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

function load(): LanguageTables {
  if (tables) return tables;
  const names = new Map<string, string>();
  const scope = new Map<string, 'I' | 'M' | 'S'>();
  const fromIso6391 = new Map<string, string>();
  for (const [code, iso6391, s, name] of rows('iso-639-3.tsv')) {
    names.set(code, name);
    scope.set(code, s as 'I' | 'M' | 'S');
    if (iso6391) fromIso6391.set(iso6391, code);
  }
  const members = new Map<string, string[]>();
  const macrolanguageOf = new Map<string, string>();
  for (const [macro, list] of rows('macrolanguages.tsv')) {
    const codes = list.split(',');
    members.set(macro, codes);
    for (const m of codes) macrolanguageOf.set(m, macro);
  }
  const african = rows('african-languages.tsv').map(([code]) => code);
  tables = { names, scope, fromIso6391, members, macrolanguageOf, african };
  return tables;
}

export type LanguageCodeResult = { ok: true; code: string } | { ok: false; error: string };

/**
 * ISO 639-1 (`sw`), ISO 639-3 (`swh`), and the forms model cards use (`swh_Latn`, `sw-KE`,
 * `SW`) → the ISO 639-3 code, or an error that says what to write instead.
 */
export function normalizeLanguageCode(input: string): LanguageCodeResult {
  const t = load();
  const raw = String(input ?? '').trim();
  const base = raw.split(/[-_]/)[0].toLowerCase();
  if (!/^[a-z]{2,3}$/.test(base)) return { ok: false, error: `"${raw}" is not a language code (expected ISO 639-3 such as "swh", or ISO 639-1 such as "sw")` };
  if (base.length === 2) {
    const code = t.fromIso6391.get(base);
    return code ? { ok: true, code } : { ok: false, error: `"${raw}" is not an ISO 639-1 code` };
  }
  if (t.names.has(base)) return { ok: true, code: base };
  return { ok: false, error: `"${raw}" is not an ISO 639-3 code` };
}

/** The code as the data files must store it: ISO 639-3, lower case, nothing else. */
export function isIso6393Code(code: string): boolean {
  return load().names.has(code);
}

/** The ISO 639-3 code for a two-letter ISO 639-1 code, if there is one. */
export function iso6393FromIso6391(code: string): string | undefined {
  return load().fromIso6391.get(code.toLowerCase());
}

/** Reference name of an ISO 639-3 code (any accepted form), or undefined when unknown. */
export function languageName(code: string): string | undefined {
  const n = normalizeLanguageCode(code);
  return n.ok ? load().names.get(n.code) : undefined;
}

/** The macrolanguage an individual language belongs to (`swh` → `swa`), if any. */
export function macrolanguageOf(code: string): string | undefined {
  const n = normalizeLanguageCode(code);
  return n.ok ? load().macrolanguageOf.get(n.code) : undefined;
}

/** Member individual languages of a macrolanguage (`swa` → [`swc`, `swh`]); [] for others. */
export function macrolanguageMembers(code: string): string[] {
  const n = normalizeLanguageCode(code);
  return n.ok ? [...(load().members.get(n.code) ?? [])] : [];
}

/**
 * The ISO 639-3 codes a language query matches: the code itself, its macrolanguage and that
 * macrolanguage's members (`swh` → swa, swc, swh), or a macrolanguage's members (`sw` → swa,
 * swc, swh). Sorted; [] when the code is not valid.
 */
export function expandLanguageMatch(code: string): string[] {
  const n = normalizeLanguageCode(code);
  if (!n.ok) return [];
  const t = load();
  const macro = t.members.has(n.code) ? n.code : t.macrolanguageOf.get(n.code);
  const out = new Set([n.code]);
  if (macro) {
    out.add(macro);
    for (const m of t.members.get(macro) ?? []) out.add(m);
  }
  return [...out].sort();
}

/** Whether the code (any accepted form) is on the curated African list. */
export function isAfricanLanguage(code: string): boolean {
  const n = normalizeLanguageCode(code);
  return n.ok && africanSet().has(n.code);
}

let africanCodes: Set<string> | undefined;
const africanSet = () => (africanCodes ??= new Set(load().african));

/**
 * The curated African languages as ISO 639-3 codes (catalog/languages/african-languages.tsv:
 * Unicode CLDR's languages of region 002 whose home territory is African, plus the members of
 * those macrolanguages).
 */
export const AFRICAN_LANGUAGES: readonly string[] = Object.freeze(load().african);
