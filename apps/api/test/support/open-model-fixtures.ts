import { CatalogLicence, CatalogModel, serializeLicence, serializeModel } from '@sankofa/model-catalog';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Small made-up catalogs for the open-model tests. Every fixture description carries a token
 * unique to the test run, so searches that include it see only the suite's own models (the
 * PostgreSQL database is shared by the suites of one run).
 */
export function fixtureToken(): string {
  return `zq${randomBytes(5).toString('hex')}`;
}

const SOURCE = { id: 'card', title: 'Model card', url: 'https://example.org/card', accessed: '2026-11-01' };

export function fixtureLicence(id: string, commercialUse: CatalogLicence['commercialUse'], condition?: string): CatalogLicence {
  return {
    id,
    name: `Test licence ${id.slice(-6)}`,
    url: 'https://example.org/licence',
    commercialUse,
    ...(condition ? { condition } : {}),
    summary: 'A licence made up for tests.',
    sources: [{ id: 'text', title: 'Licence text', url: 'https://example.org/licence', accessed: '2026-11-01' }],
  };
}

export interface FixtureSpec {
  slug: string;
  token: string;
  licence: string;
  count?: number;
  modality?: CatalogModel['modality'];
  tasks?: CatalogModel['tasks'];
  memoryProfile?: CatalogModel['memoryProfile'];
  languages?: string[];
  released?: string;
  architecture?: CatalogModel['architecture'] | null;
  variantPrecision?: string;
  organization?: string;
  name?: string;
}

/** A valid model file with provenance for every fact it has. */
export function fixtureModel(spec: FixtureSpec): CatalogModel {
  const architecture = spec.architecture === null ? undefined : (spec.architecture ?? { layers: 16, attentionHeads: 32, kvHeads: 8, headDim: 64, hiddenSize: 2048, vocabSize: 32000 });
  const provenance: CatalogModel['provenance'] = {
    released: { source: 'card', kind: 'stated' },
    parameters: { source: 'card', kind: 'stated' },
    tasks: { source: 'card', kind: 'stated' },
    ...(architecture ? { architecture: { source: 'card', kind: 'stated' } } : {}),
    languages: { source: 'card', kind: 'stated' },
    licence: { source: 'card', kind: 'stated' },
    open: { source: 'card', kind: 'stated' },
    variants: { source: 'card', kind: 'stated' },
  };
  return {
    slug: spec.slug,
    name: spec.name ?? `Fixture ${spec.slug}`,
    organization: spec.organization ?? 'Test Lab',
    description: `A made-up model for tests (${spec.token}).`,
    released: spec.released ?? '2024-06',
    parameters: { count: spec.count ?? 1e9 },
    modality: spec.modality ?? 'text',
    tasks: spec.tasks ?? ['text-generation'],
    memoryProfile: spec.memoryProfile ?? 'language-model',
    ...(architecture ? { architecture } : {}),
    languages: (spec.languages ?? ['eng']).map((code) => ({ code, original: code })),
    licence: spec.licence,
    open: { weights: true },
    variants: [{ format: 'safetensors', quantization: spec.variantPrecision ?? 'bf16', url: `https://example.org/${spec.slug}`, official: true }],
    links: { card: `https://example.org/${spec.slug}` },
    sources: [SOURCE],
    provenance,
    notes: [],
  } as CatalogModel;
}

/** Writes a catalog folder (licences/ and models/) in canonical form; returns its path. */
export function writeCatalogFolder(licences: CatalogLicence[], models: CatalogModel[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sankofa-catalog-test-'));
  fs.mkdirSync(path.join(dir, 'licences'));
  fs.mkdirSync(path.join(dir, 'models'));
  for (const l of licences) fs.writeFileSync(path.join(dir, 'licences', `${l.id}.yaml`), serializeLicence(l));
  for (const m of models) fs.writeFileSync(path.join(dir, 'models', `${m.slug}.yaml`), serializeModel(m));
  return dir;
}
