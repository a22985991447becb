import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ModelLicenceEntity, OpenModelChangeAction, OpenModelChangeEntity, OpenModelEntity, OpenModelFieldChange, OpenModelLanguageEntity, OpenModelTaskEntity, UserEntity } from '@sankofa/db';
import { InputErrorReason } from '@sankofa/domain';
import { CatalogLicence, CatalogModel, CatalogReadResult, isAfricanLanguage, modelFigures, readCatalogFolder, readModelText, serializeLicence, serializeModel } from '@sankofa/model-catalog';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { parse } from 'yaml';
import { BadInputError, NotFoundError } from '../common/app-error';
import { CatalogFolderInvalidError, OpenModelInvalidError } from './open-model.errors';
import { OpenModelChangeModel } from './open-model.models';

/** Largest model file accepted from the editor. */
export const MAX_SOURCE_BYTES = 200 * 1024;

export interface CatalogImportReport {
  licences: { created: number; updated: number; unchanged: number };
  models: { created: number; updated: number; unchanged: number };
  /** Models edited in the app since they were last imported: kept as edited (see the README of this folder). */
  keptEdits: Array<{ slug: string; by: string; at: Date }>;
}

/**
 * Writes the catalog: models saved from the editor, and whole catalog folders imported by the CLI
 * and at first start. Every change of a model leaves an audit row with who and which fields.
 */
@Injectable()
export class OpenModelStore {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Creates or replaces a model from its file's YAML; invalid files store nothing. */
  async save(source: string, actor: UserEntity): Promise<OpenModelEntity> {
    if (Buffer.byteLength(source) > MAX_SOURCE_BYTES) throw new BadInputError('source', InputErrorReason.TOO_LONG, `A model file may hold at most ${MAX_SOURCE_BYTES / 1024} KB.`);
    const slug = slugOf(source);
    const licenceIds = (await this.db.getRepository(ModelLicenceEntity).find({ select: { id: true } })).map((l) => l.id);
    const { value, issues } = readModelText(source, `${slug ?? 'model'}.yaml`, { licenceIds });
    if (!slug && !issues.some((i) => i.path === 'slug')) issues.unshift({ file: 'model.yaml', path: 'slug', message: 'is required (the kebab-case id of the model)' });
    if (issues.length || !value) throw new OpenModelInvalidError(issues.map((i) => ({ path: i.path, message: i.message })));
    return this.db.transaction(async (m) => (await this.upsert(m, value, actor.id, null)).entity);
  }

  /** The canonical YAML of a model's file. */
  async source(slug: string): Promise<string> {
    const entity = await this.db.getRepository(OpenModelEntity).findOneBy({ slug });
    if (!entity) throw new NotFoundError(`The model "${slug}"`);
    return serializeModel(entity.document);
  }

  /** Every change of a model, newest first. */
  async history(slug: string): Promise<OpenModelChangeModel[]> {
    const entity = await this.db.getRepository(OpenModelEntity).findOneBy({ slug });
    if (!entity) throw new NotFoundError(`The model "${slug}"`);
    const rows = await this.db.getRepository(OpenModelChangeEntity).find({ where: { modelId: entity.id }, relations: { user: true }, order: { number: 'DESC' } });
    return rows.map((r) => ({ id: r.id, at: r.at, byName: r.user?.displayName ?? (r.userId ? 'a deleted account' : 'catalog import'), action: r.action, changes: r.changes }));
  }

  /**
   * Imports a catalog folder (`licences/` and `models/`) in one transaction, after every
   * file validated. Files equal to what is stored change nothing. A model edited in the app since
   * its last import is kept as edited and reported, unless `overwriteEdits` is set.
   */
  async importFolder(folder: string, options: { overwriteEdits?: boolean } = {}): Promise<CatalogImportReport> {
    const { models, licences, issues } = await readCatalogAt(folder);
    if (issues.length) throw new CatalogFolderInvalidError(issues.map((i) => ({ file: i.line ? `${i.file}:${i.line}` : i.file, path: i.path, message: i.message })));
    const report: CatalogImportReport = { licences: { created: 0, updated: 0, unchanged: 0 }, models: { created: 0, updated: 0, unchanged: 0 }, keptEdits: [] };
    await this.db.transaction(async (m) => {
      for (const licence of licences) report.licences[await this.upsertLicence(m, licence)] += 1;
      for (const model of models) {
        if (!options.overwriteEdits) {
          const edit = await this.lastAppEdit(m, model.slug);
          if (edit && !sameJson(edit.document, model)) {
            report.keptEdits.push({ slug: model.slug, by: edit.by, at: edit.at });
            continue;
          }
        }
        report.models[(await this.upsert(m, model, null, 'imported')).outcome] += 1;
      }
    });
    return report;
  }

  /** First start: import the shipped catalog (a later start imports new and changed files the same way). */
  async seed(folder: string): Promise<CatalogImportReport> {
    return this.importFolder(folder);
  }

  /** Writes every licence and model as canonical files into a catalog folder (`licences/`, `models/`). */
  async exportFolder(folder: string): Promise<{ licences: number; models: number }> {
    const [licences, models] = await Promise.all([this.db.getRepository(ModelLicenceEntity).find({ order: { id: 'ASC' } }), this.db.getRepository(OpenModelEntity).find({ order: { slug: 'ASC' } })]);
    const licenceDir = path.join(folder, 'licences');
    const modelDir = path.join(folder, 'models');
    await fs.mkdir(licenceDir, { recursive: true });
    await fs.mkdir(modelDir, { recursive: true });
    for (const l of licences) await fs.writeFile(path.join(licenceDir, `${l.id}.yaml`), serializeLicence(l.document));
    for (const m of models) await fs.writeFile(path.join(modelDir, `${m.slug}.yaml`), serializeModel(m.document));
    return { licences: licences.length, models: models.length };
  }

  /** The latest change of the model if it was made in the app (not by an import), with the document now stored. */
  private async lastAppEdit(m: EntityManager, slug: string): Promise<{ by: string; at: Date; document: CatalogModel } | null> {
    const entity = await m.findOneBy(OpenModelEntity, { slug });
    if (!entity) return null;
    const last = await m.findOne(OpenModelChangeEntity, { where: { modelId: entity.id }, relations: { user: true }, order: { number: 'DESC' } });
    if (!last || last.action === 'imported' || !last.userId) return null;
    return { by: last.user?.displayName ?? 'a deleted account', at: last.at, document: entity.document };
  }

  private async upsertLicence(m: EntityManager, licence: CatalogLicence): Promise<'created' | 'updated' | 'unchanged'> {
    const existing = await m.findOneBy(ModelLicenceEntity, { id: licence.id });
    if (existing && sameJson(existing.document, licence)) return 'unchanged';
    const columns = { name: licence.name, spdx: licence.spdx ?? null, url: licence.url, commercialUse: licence.commercialUse, condition: licence.condition ?? null, summary: licence.summary, document: licence };
    if (existing) {
      await m.update(ModelLicenceEntity, licence.id, columns);
      // The commercial-use answer is copied onto the models for filtering.
      await m.update(OpenModelEntity, { licenceId: licence.id }, { commercialUse: licence.commercialUse });
      return 'updated';
    }
    await m.insert(ModelLicenceEntity, { id: licence.id, ...columns });
    return 'created';
  }

  private async upsert(m: EntityManager, model: CatalogModel, userId: string | null, importAction: 'imported' | null): Promise<{ entity: OpenModelEntity; outcome: 'created' | 'updated' | 'unchanged' }> {
    const licence = await m.findOneBy(ModelLicenceEntity, { id: model.licence });
    if (!licence) throw new OpenModelInvalidError([{ path: 'licence', message: `the catalog has no licence "${model.licence}"` }]);
    const existing = await m.findOneBy(OpenModelEntity, { slug: model.slug });
    if (existing && sameJson(existing.document, model)) return { entity: existing, outcome: 'unchanged' };
    const columns = {
      slug: model.slug,
      name: model.name,
      nameKey: model.name.normalize('NFC').toLowerCase(),
      organization: model.organization,
      family: model.family ?? null,
      description: model.description ?? null,
      released: model.released ?? null,
      parameterCount: model.parameters?.count ?? null,
      activeParameterCount: model.parameters?.active ?? null,
      modality: model.modality,
      memoryProfile: model.memoryProfile,
      contextLength: model.contextLength ?? null,
      licenceId: model.licence,
      commercialUse: licence.commercialUse,
      coversAfricanLanguage: model.languages.some((l) => isAfricanLanguage(l.code)),
      searchText: searchText(model),
      ...modelFigures(model),
      document: model,
      updatedById: userId,
    };
    let entity: OpenModelEntity;
    if (existing) {
      await m.update(OpenModelEntity, existing.id, columns);
      entity = await m.findOneByOrFail(OpenModelEntity, { id: existing.id });
      await m.delete(OpenModelLanguageEntity, { modelId: entity.id });
      await m.delete(OpenModelTaskEntity, { modelId: entity.id });
    } else {
      entity = await m.save(OpenModelEntity, m.create(OpenModelEntity, { ...columns, createdById: userId }));
    }
    const codes = [...new Set(model.languages.map((l) => l.code))];
    // One statement each (SQLite caps the variables of one statement; models cover up to ~200 languages).
    for (let i = 0; i < codes.length; i += 200) await m.insert(OpenModelLanguageEntity, codes.slice(i, i + 200).map((code) => ({ modelId: entity.id, code })));
    const tasks = [...new Set(model.tasks)];
    if (tasks.length) await m.insert(OpenModelTaskEntity, tasks.map((task) => ({ modelId: entity.id, task })));
    const previous = existing ? await m.findOne(OpenModelChangeEntity, { where: { modelId: entity.id }, select: { number: true }, order: { number: 'DESC' } }) : null;
    await m.insert(OpenModelChangeEntity, {
      modelId: entity.id,
      number: (previous?.number ?? 0) + 1,
      userId,
      action: importAction ?? (existing ? 'updated' : 'created'),
      changes: fieldChanges(existing?.document ?? null, model),
    } satisfies Partial<OpenModelChangeEntity> & { action: OpenModelChangeAction });
    return { entity, outcome: existing ? 'updated' : 'created' };
  }
}

/**
 * Reads a catalog folder (one holding `licences/` and `models/`) under any name: the reader
 * expects `<root>/catalog/`, so a folder named otherwise is reached through a temporary link.
 */
export async function readCatalogAt(folder: string): Promise<CatalogReadResult> {
  const dir = path.resolve(folder);
  if (path.basename(dir) === 'catalog') return readCatalogFolder(path.dirname(dir));
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'sankofa-catalog-'));
  try {
    await fs.symlink(dir, path.join(tmp, 'catalog'), 'dir');
    return await readCatalogFolder(tmp);
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

function slugOf(source: string): string | null {
  try {
    const value = parse(source, { schema: 'core' }) as unknown;
    const slug = value && typeof value === 'object' ? (value as Record<string, unknown>)['slug'] : undefined;
    return typeof slug === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) && slug.length <= 64 ? slug : null;
  } catch {
    return null;
  }
}

function searchText(model: CatalogModel): string {
  return [model.name, model.organization, model.family ?? '', ...model.tasks, ...model.tasks.map((t) => t.replace(/-/g, ' ')), model.description ?? ''].join(' \n').normalize('NFC').toLowerCase();
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const NESTED = new Set(['parameters', 'architecture', 'open', 'links', 'provenance']);

/** Field paths and their values: nested objects one level down (`parameters.count`), lists whole. */
function flatten(doc: CatalogModel | null): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(doc ?? {})) {
    if (NESTED.has(key) && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, v] of Object.entries(value as Record<string, unknown>)) out.set(`${key}.${inner}`, v);
    } else out.set(key, value);
  }
  return out;
}

/** The field-level difference between two versions of a model (values as JSON text). */
export function fieldChanges(before: CatalogModel | null, after: CatalogModel): OpenModelFieldChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const fields = [...new Set([...a.keys(), ...b.keys()])];
  return fields.flatMap((field) => {
    const x = a.has(field) ? JSON.stringify(a.get(field)) : null;
    const y = b.has(field) ? JSON.stringify(b.get(field)) : null;
    return x === y ? [] : [{ field, before: x, after: y }];
  });
}
