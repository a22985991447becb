import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OpenModelEntity, OpenModelLanguageEntity, OpenModelTaskEntity } from '@sankofa/db';
import { InputErrorReason } from '@sankofa/domain';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { BadInputError } from '../common/app-error';
import { checkPageSize, decodeCursor, encodeCursor } from '../graphql/pagination';
import { DeviceFitInput, OpenModelFilter, OpenModelsArgs } from './dto/open-models.args';
import { devicePreset, languageLabel, languageMatches, MAX_CONTEXT_LENGTH, taskLabel } from './catalog-lib';
import { FIT_QUANTIZATIONS, FitQuantization } from '@sankofa/model-catalog';
import { FacetCountModel, OpenModelFacetsModel, OpenModelSort } from './open-model.models';

type Facet = keyof OpenModelFacetsModel;

/** A validated filter: codes expanded, device resolved to bytes. */
interface ResolvedFilter {
  words: string[];
  tasks: string[];
  modalities: string[];
  languageCodes: string[];
  african: boolean | null;
  commercialUse: string[];
  minParameters: number | null;
  maxParameters: number | null;
  licences: string[];
  fits: { usableBytes: number; quantization: FitQuantization; contextLength: number } | null;
}

interface SortSpec {
  /** SQL of the sort key (never null, so both databases order the same way). */
  key: string;
  direction: 'ASC' | 'DESC';
  decode: (raw: unknown) => string | number;
}

const SORTS: Record<OpenModelSort, SortSpec> = {
  [OpenModelSort.NAME]: { key: 'm.name_key', direction: 'ASC', decode: String },
  // Unknown sizes and dates sort last either way.
  [OpenModelSort.SIZE_ASC]: { key: 'COALESCE(m.parameter_count, 1e15)', direction: 'ASC', decode: Number },
  [OpenModelSort.SIZE_DESC]: { key: 'COALESCE(m.parameter_count, -1)', direction: 'DESC', decode: Number },
  [OpenModelSort.RELEASED_DESC]: { key: "COALESCE(m.released, '')", direction: 'DESC', decode: String },
  [OpenModelSort.RELEASED_ASC]: { key: "COALESCE(m.released, '9999-99')", direction: 'ASC', decode: String },
};

export interface SearchResult {
  rows: OpenModelEntity[];
  totalCount: number;
  nextCursor: string | null;
  /** Null unless asked for (the facets over tasks and languages cost two more queries). */
  facets: OpenModelFacetsModel | null;
}

/** Models matching the filter, grouped by the columns the simple facets count. */
interface FacetGroup {
  modality: string;
  licence: string;
  commercial: string;
  organization: string;
  count: number;
}

/**
 * Search over the catalog in plain SQL: every filter is a WHERE clause on `open_models` (languages
 * and tasks through their indexed tables), keyset pages with the slug as tiebreak, and facets that
 * each count the models matching all the other filters. One grouped query gives the total and the
 * facets of the columns of `open_models`; tasks and languages take one query each.
 */
@Injectable()
export class OpenModelSearch {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async search(args: OpenModelsArgs, options: { facets: boolean }): Promise<SearchResult> {
    const first = checkPageSize(args.first);
    const filter = resolveFilter(args.filter ?? {});
    const sort = SORTS[args.sort ?? OpenModelSort.NAME];
    const after = args.after ? decodeSortCursor(args.after) : null;

    // Top-N sorts keep only the rows of the page, so whole rows cost little more than ids.
    const page = this.models();
    applyFilter(page, filter);
    if (after) {
      const op = sort.direction === 'ASC' ? '>' : '<';
      page.andWhere(`(${sort.key} ${op} :afterKey OR (${sort.key} = :afterKey AND m.slug > :afterSlug))`, { afterKey: after.key, afterSlug: after.slug });
    }
    page.addSelect(sort.key, 'sort_key').orderBy(sort.key, sort.direction).addOrderBy('m.slug', 'ASC').limit(first + 1);

    // The counts do not wait for the page, nor the page for the counts.
    const [{ entities, raw }, { totalCount, facets }] = await Promise.all([page.getRawAndEntities<{ sort_key: unknown }>(), this.counts(filter, options.facets)]);
    const rows = entities.slice(0, first);
    const last = rows.at(-1);
    return {
      rows,
      totalCount,
      nextCursor: entities.length > first && last ? encodeCursor(JSON.stringify([sort.decode(raw[rows.length - 1]?.sort_key), last.slug])) : null,
      facets,
    };
  }

  private models(): SelectQueryBuilder<OpenModelEntity> {
    return this.db.getRepository(OpenModelEntity).createQueryBuilder('m');
  }

  /**
   * The total and, when asked, the facets, in parallel: the matching models grouped by the columns
   * of `open_models` (the column filters are applied to the groups in code, so one query serves
   * the total and four facets), and the task and language counts through their tables.
   */
  private async counts(filter: ResolvedFilter, withFacets: boolean): Promise<{ totalCount: number; facets: OpenModelFacetsModel | null }> {
    const grouped = this.models()
      .select('m.modality', 'modality')
      .addSelect('m.licence_id', 'licence')
      .addSelect('m.commercial_use', 'commercial')
      .addSelect('m.organization', 'organization')
      .addSelect('COUNT(*)', 'count');
    applyFilter(grouped, filter, COLUMN_FACETS);
    grouped.groupBy('m.modality').addGroupBy('m.licence_id').addGroupBy('m.commercial_use').addGroupBy('m.organization');
    const joined = async (table: typeof OpenModelTaskEntity | typeof OpenModelLanguageEntity, column: 'task' | 'code', facet: Facet) => {
      if (!withFacets) return [];
      const qb = this.db.createQueryBuilder().select(`x.${column}`, 'value').addSelect('COUNT(*)', 'count').from(table, 'x');
      // Without another filter, the counts need no join.
      if (filterClauses(filter).some((c) => c.facet !== facet)) {
        qb.innerJoin(OpenModelEntity, 'm', 'm.id = x.model_id');
        applyFilter(qb, filter, new Set([facet]));
      }
      const rows = await qb.groupBy(`x.${column}`).getRawMany<{ value: string; count: string | number }>();
      return rows.map((r) => ({ value: String(r.value), count: Number(r.count) }));
    };
    const [rows, tasks, languages] = await Promise.all([
      grouped.getRawMany<Omit<FacetGroup, 'count'> & { count: string | number }>(),
      joined(OpenModelTaskEntity, 'task', 'tasks'),
      joined(OpenModelLanguageEntity, 'code', 'languages'),
    ]);
    const groups: FacetGroup[] = rows.map((r) => ({ ...r, count: Number(r.count) }));
    const totalCount = groups.filter((g) => matchesColumns(g, filter)).reduce((sum, g) => sum + g.count, 0);
    if (!withFacets) return { totalCount, facets: null };
    const column = (key: 'modality' | 'licence' | 'commercial' | 'organization', skip: Facet | null) => {
      const counts = new Map<string, number>();
      for (const g of groups) if (matchesColumns(g, filter, skip)) counts.set(g[key], (counts.get(g[key]) ?? 0) + g.count);
      return [...counts].map(([value, count]) => ({ value, count }));
    };
    const labelled = (list: Array<{ value: string; count: number }>, label: (value: string) => string): FacetCountModel[] =>
      list.map((r) => ({ ...r, label: label(r.value) })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return {
      totalCount,
      facets: {
        tasks: labelled(tasks, taskLabel),
        modalities: labelled(column('modality', 'modalities'), (v) => v),
        languages: labelled(languages, languageLabel),
        // Labelled with the licence names by the caller, who has the licences at hand.
        licences: labelled(column('licence', 'licences'), (v) => v),
        commercialUse: labelled(column('commercial', 'commercialUse'), (v) => v.toUpperCase()).map((f) => ({ ...f, value: f.value.toUpperCase() })),
        organizations: labelled(column('organization', null), (v) => v),
      },
    };
  }
}

/** The facets over columns of open_models: their filters are applied to the grouped rows in code. */
const COLUMN_FACETS: ReadonlySet<Facet> = new Set<Facet>(['modalities', 'licences', 'commercialUse']);

/** Whether a group passes the column filters (all but `skip`'s). */
function matchesColumns(g: FacetGroup, f: ResolvedFilter, skip: Facet | null = null): boolean {
  return (
    (skip === 'modalities' || !f.modalities.length || f.modalities.includes(g.modality)) &&
    (skip === 'licences' || !f.licences.length || f.licences.includes(g.licence)) &&
    (skip === 'commercialUse' || !f.commercialUse.length || f.commercialUse.includes(g.commercial))
  );
}

const MAX_LIST = 50;

function list(values: string[] | null | undefined, field: string): string[] {
  const out = [...new Set((values ?? []).map((v) => v.trim()).filter(Boolean))];
  if (out.length > MAX_LIST) throw new BadInputError(field, InputErrorReason.TOO_LONG, `Choose at most ${MAX_LIST} values.`);
  return out;
}

function nonNegative(value: number | null | undefined, field: string): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value) || value < 0) throw new BadInputError(field, InputErrorReason.INVALID_VALUE, 'Give a number of parameters of 0 or more.');
  return value;
}

/** Checks the filter and turns it into what the SQL needs. */
export function resolveFilter(filter: OpenModelFilter): ResolvedFilter {
  const query = (filter.query ?? '').normalize('NFC').trim().toLowerCase();
  if (query.length > 200) throw new BadInputError('filter.query', InputErrorReason.TOO_LONG, 'Search with at most 200 characters.');
  const languageCodes = new Set<string>();
  for (const code of list(filter.languages, 'filter.languages')) {
    const match = languageMatches(code);
    if (!match.ok) throw new BadInputError('filter.languages', InputErrorReason.INVALID_VALUE, match.error);
    for (const c of match.codes) languageCodes.add(c);
  }
  const minParameters = nonNegative(filter.minParameters, 'filter.minParameters');
  const maxParameters = nonNegative(filter.maxParameters, 'filter.maxParameters');
  if (minParameters !== null && maxParameters !== null && minParameters > maxParameters) {
    throw new BadInputError('filter.minParameters', InputErrorReason.INVALID_VALUE, 'The smallest size is larger than the largest.');
  }
  return {
    words: query ? query.split(/\s+/).slice(0, 10) : [],
    tasks: list(filter.tasks, 'filter.tasks'),
    modalities: list(filter.modalities, 'filter.modalities'),
    languageCodes: [...languageCodes],
    african: filter.africanLanguage ?? null,
    commercialUse: list(filter.commercialUse, 'filter.commercialUse').map((v) => v.toLowerCase()),
    minParameters,
    maxParameters,
    licences: list(filter.licences, 'filter.licences'),
    fits: filter.fits ? resolveFit(filter.fits) : null,
  };
}

function resolveFit(fit: DeviceFitInput): ResolvedFilter['fits'] {
  const quantization = (fit.quantization ?? 'Q4_K_M') as FitQuantization;
  if (!FIT_QUANTIZATIONS.includes(quantization)) {
    throw new BadInputError('filter.fits.quantization', InputErrorReason.INVALID_VALUE, `Choose one of ${FIT_QUANTIZATIONS.join(', ')}.`);
  }
  const contextLength = fit.contextLength ?? 4096;
  if (!Number.isInteger(contextLength) || contextLength < 1 || contextLength > MAX_CONTEXT_LENGTH) {
    throw new BadInputError('filter.fits.contextLength', InputErrorReason.INVALID_VALUE, `Give a context of 1 to ${MAX_CONTEXT_LENGTH.toLocaleString('en')} tokens.`);
  }
  if (fit.deviceId && fit.usableBytes !== null && fit.usableBytes !== undefined) {
    throw new BadInputError('filter.fits', InputErrorReason.INVALID_VALUE, 'Give a device preset or a memory figure, not both.');
  }
  let usableBytes: number;
  if (fit.deviceId) {
    const preset = devicePreset(fit.deviceId);
    if (!preset) throw new BadInputError('filter.fits.deviceId', InputErrorReason.INVALID_VALUE, `There is no device preset "${fit.deviceId}".`);
    usableBytes = preset.usableBytes;
  } else if (fit.usableBytes !== null && fit.usableBytes !== undefined) {
    if (!Number.isFinite(fit.usableBytes) || fit.usableBytes <= 0 || fit.usableBytes > 2 ** 50) {
      throw new BadInputError('filter.fits.usableBytes', InputErrorReason.INVALID_VALUE, 'Give the usable memory in bytes, more than 0.');
    }
    usableBytes = fit.usableBytes;
  } else throw new BadInputError('filter.fits', InputErrorReason.REQUIRED, 'Give a device preset or a usable memory figure.');
  return { usableBytes, quantization, contextLength };
}

const WEIGHTS_COLUMN: Record<FitQuantization, string> = { Q4_K_M: 'm.q4_weights_bytes', Q8_0: 'm.q8_weights_bytes', F16: 'm.f16_weights_bytes' };

interface Clause {
  /** The facet whose counts leave this clause out; null for the filters no facet counts. */
  facet: Facet | null;
  sql: string;
  params: Record<string, unknown>;
}

/** The filter as SQL conditions on the model table aliased `m`. */
function filterClauses(f: ResolvedFilter): Clause[] {
  const out: Clause[] = [];
  const add = (facet: Facet | null, sql: string, params: Record<string, unknown> = {}) => out.push({ facet, sql, params });
  f.words.forEach((word, i) => add(null, `m.search_text LIKE :word${i} ESCAPE '\\'`, { [`word${i}`]: `%${word.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%` }));
  // A literal: better-sqlite3 binds no booleans.
  if (f.african !== null) add(null, `m.covers_african_language = ${f.african ? 'TRUE' : 'FALSE'}`);
  if (f.minParameters !== null) add(null, 'm.parameter_count >= :minParameters', { minParameters: f.minParameters });
  if (f.maxParameters !== null) add(null, 'm.parameter_count <= :maxParameters', { maxParameters: f.maxParameters });
  if (f.fits) {
    // Language models: weights + KV cache at this context + overhead; unknown figures never fit.
    const swaContext = Math.ceil(f.fits.contextLength / 256) * 256;
    add(
      null,
      `(CASE WHEN m.memory_profile = 'weights-only' THEN m.weights_only_bytes ELSE ${WEIGHTS_COLUMN[f.fits.quantization]} + m.kv_full_bytes_per_token * :fitContext` +
        ` + m.kv_swa_bytes_per_token * (CASE WHEN m.swa_cells < :fitSwaContext THEN m.swa_cells ELSE :fitSwaContext END) + m.overhead_bytes END) <= :fitUsable`,
      { fitContext: f.fits.contextLength, fitSwaContext: swaContext, fitUsable: f.fits.usableBytes },
    );
  }
  if (f.tasks.length) add('tasks', 'm.id IN (SELECT ft.model_id FROM open_model_tasks ft WHERE ft.task IN (:...filterTasks))', { filterTasks: f.tasks });
  if (f.languageCodes.length) add('languages', 'm.id IN (SELECT fl.model_id FROM open_model_languages fl WHERE fl.code IN (:...filterLanguages))', { filterLanguages: f.languageCodes });
  if (f.modalities.length) add('modalities', 'm.modality IN (:...filterModalities)', { filterModalities: f.modalities });
  if (f.commercialUse.length) add('commercialUse', 'm.commercial_use IN (:...filterCommercialUse)', { filterCommercialUse: f.commercialUse });
  if (f.licences.length) add('licences', 'm.licence_id IN (:...filterLicences)', { filterLicences: f.licences });
  return out;
}

/** Adds the filter's WHERE clauses to a query over `open_models m` (but those the `except` facets leave out). */
export function applyFilter<T extends object>(qb: SelectQueryBuilder<T>, f: ResolvedFilter, except: ReadonlySet<Facet> = new Set()): void {
  qb.where('1 = 1');
  for (const c of filterClauses(f)) if (!c.facet || !except.has(c.facet)) qb.andWhere(c.sql, c.params);
}

function decodeSortCursor(value: string): { key: string | number; slug: string } {
  const inner = decodeCursor(value);
  try {
    const [key, slug] = JSON.parse(inner) as [unknown, unknown];
    if ((typeof key === 'string' || typeof key === 'number') && typeof slug === 'string') return { key, slug };
  } catch {
    // fall through
  }
  throw new BadInputError('after', InputErrorReason.INVALID_VALUE, 'This cursor is not valid; start again from the first page.');
}

