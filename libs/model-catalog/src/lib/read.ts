import { readdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { CATALOG_DIRS } from './catalog-root';
import { formatFieldPath, type CatalogIssue, type FieldPath } from './issues';
import type { CatalogLicence, CatalogModel } from './model';
import { checkLicence, checkModel, type CheckResult, type ModelCheckOptions } from './validate';

export interface FileReadResult<T> {
  /** The value, typed; complete and valid only when `issues` is empty. Undefined when the YAML does not parse. */
  value: T | undefined;
  issues: CatalogIssue[];
  /** Worth a look, not wrong (e.g. headDim × heads far from hiddenSize). */
  warnings: CatalogIssue[];
}
export type ModelReadResult = FileReadResult<CatalogModel>;
export type LicenceReadResult = FileReadResult<CatalogLicence>;

export interface CatalogReadResult {
  models: CatalogModel[];
  licences: CatalogLicence[];
  issues: CatalogIssue[];
  warnings: CatalogIssue[];
}

interface ParsedYaml {
  value: unknown;
  errors: { line: number; message: string }[];
  lineOf(path: FieldPath): number;
}

/** Parses YAML (core schema: dates and yes/no stay strings; duplicate keys are errors) keeping lines. */
function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core' });
  const line = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  const errors = [...doc.errors, ...doc.warnings].map((e) => ({ line: line(e.pos[0]), message: e.message.split('\n')[0] }));
  return {
    value: doc.errors.length ? undefined : doc.toJS({ maxAliasCount: 100 }),
    errors,
    lineOf(at) {
      let node = doc.contents as Node | null;
      let offset = node?.range?.[0];
      for (const segment of at) {
        if (isMap(node)) {
          const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
          if (!pair) break;
          offset = (pair.key as Node).range?.[0];
          node = pair.value as Node | null;
        } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
          node = node.items[segment] as Node;
          offset = node.range?.[0];
        } else break;
      }
      return line(offset);
    },
  };
}

function readText<T>(text: string, file: string, check: (value: unknown) => CheckResult): FileReadResult<T> {
  const parsed = parseYaml(text);
  const issues: CatalogIssue[] = parsed.errors.map((e) => ({ file, line: e.line, path: '', message: e.message }));
  if (parsed.value === undefined) {
    if (!issues.length) issues.push({ file, line: 1, path: '', message: 'is empty' });
    return { value: undefined, issues, warnings: [] };
  }
  const result = check(parsed.value);
  const locate = (r: { path: FieldPath; message: string }): CatalogIssue => ({ file, line: parsed.lineOf(r.path), path: formatFieldPath(r.path), message: r.message });
  return { value: parsed.value as T, issues: [...issues, ...result.errors.map(locate)], warnings: result.warnings.map(locate) };
}

const baseName = (fileName: string) => path.basename(fileName).replace(/\.ya?ml$/, '');

/**
 * Reads one model file's text. `fileName` is the name (or path) it has or will have; the slug
 * must equal its base name. Pass `licenceIds` to check the licence against the licence table.
 */
export function readModelText(text: string, fileName: string, options: Omit<ModelCheckOptions, 'expectedSlug'> = {}): ModelReadResult {
  return readText<CatalogModel>(text, fileName, (v) => checkModel(v, { ...options, expectedSlug: baseName(fileName) }));
}

/** Reads one licence file's text; the id must equal the file's base name. */
export function readLicenceText(text: string, fileName: string, options: { today?: Date } = {}): LicenceReadResult {
  return readText<CatalogLicence>(text, fileName, (v) => checkLicence(v, { ...options, expectedId: baseName(fileName) }));
}

async function yamlFiles(dir: string): Promise<{ names: string[]; others: string[] }> {
  let entries: string[];
  try {
    entries = (await readdir(dir)).sort();
  } catch {
    return { names: [], others: [] };
  }
  return { names: entries.filter((n) => n.endsWith('.yaml')), others: entries.filter((n) => !n.endsWith('.yaml') && !n.startsWith('.')) };
}

/**
 * Reads a whole catalog: `<root>/catalog/licences/*.yaml` then `<root>/catalog/models/*.yaml`,
 * checking every model's licence against the licence files. Issue file names are relative to `root`.
 */
export async function readCatalogFolder(root: string, options: { today?: Date } = {}): Promise<CatalogReadResult> {
  const out: CatalogReadResult = { models: [], licences: [], issues: [], warnings: [] };
  const collect = <T>(r: FileReadResult<T>, into: T[]) => {
    out.issues.push(...r.issues);
    out.warnings.push(...r.warnings);
    if (r.value !== undefined && r.issues.length === 0) into.push(r.value);
  };
  const licenceDir = CATALOG_DIRS.licences;
  const licenceFiles = await yamlFiles(path.join(root, licenceDir));
  const licenceIds = new Set<string>();
  for (const name of licenceFiles.names) {
    const r = readLicenceText(await readFile(path.join(root, licenceDir, name), 'utf8'), `${licenceDir}/${name}`, options);
    collect(r, out.licences);
    // A licence with problems is still a known id, so its models report their own problems only.
    if (typeof r.value?.id === 'string') licenceIds.add(r.value.id);
  }
  const modelDir = CATALOG_DIRS.models;
  const modelFiles = await yamlFiles(path.join(root, modelDir));
  for (const name of modelFiles.names) {
    collect(readModelText(await readFile(path.join(root, modelDir, name), 'utf8'), `${modelDir}/${name}`, { ...options, licenceIds }), out.models);
  }
  for (const [dir, other] of [
    [licenceDir, licenceFiles.others],
    [modelDir, modelFiles.others],
  ] as const) {
    for (const name of other) out.issues.push({ file: `${dir}/${name}`, path: '', message: 'is not a catalog file (expected <id>.yaml)' });
  }
  return out;
}
