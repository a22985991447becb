import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CourseEntity, CourseVersionEntity, LessonEntity, ModelLicenceEntity, OpenModelEntity, OpenModelLanguageEntity } from '@sankofa/db';
import { CourseStatus, InputErrorReason } from '@sankofa/domain';
import { AFRICAN_LANGUAGES, CatalogModel, DEVICE_PRESETS, fitsDevice, memoryTable } from '@sankofa/model-catalog';
import { DataSource, In } from 'typeorm';
import { BadInputError, NotFoundError } from '../common/app-error';
import { languageView, MAX_CONTEXT_LENGTH } from './catalog-lib';
import { OpenModelsArgs } from './dto/open-models.args';
import { OpenModelSearch } from './open-model-search.service';
import { cardView, licenceView, modelView, OpenModelView } from './open-model-views';
import { DeviceKindEnum, DevicePresetModel, LanguageModel, MemoryEstimateModel, ModelLessonUseModel, ModelLicenceModel, OpenModelCardModel, OpenModelPageModel } from './open-model.models';

const DEVICE_KINDS: Record<string, DeviceKindEnum> = { phone: DeviceKindEnum.PHONE, 'cpu-laptop': DeviceKindEnum.CPU_LAPTOP, gpu: DeviceKindEnum.GPU };

/** Reading the open-model catalog: search, one model, comparison, licences, languages, memory, lesson links. */
@Injectable()
export class OpenModelsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly searcher: OpenModelSearch,
  ) {}

  /** A page of models; the facets are counted only when `facets` is set (the query selects them). */
  async search(args: OpenModelsArgs, options: { facets: boolean }): Promise<OpenModelPageModel> {
    const [result, licences] = await Promise.all([this.searcher.search(args, options), this.licencesWithCounts()]);
    const empty = { tasks: [], modalities: [], languages: [], licences: [], commercialUse: [], organizations: [] };
    const names = new Map(licences.map((l) => [l.id, l.name]));
    const facets = result.facets ? { ...result.facets, licences: result.facets.licences.map((f) => ({ ...f, label: names.get(f.value) ?? f.value })) } : empty;
    return { items: this.views(result.rows, licences), totalCount: result.totalCount, nextCursor: result.nextCursor, facets };
  }

  async bySlug(slug: string): Promise<OpenModelView | null> {
    const entity = await this.db.getRepository(OpenModelEntity).findOneBy({ slug });
    return entity ? this.views([entity], await this.licencesWithCounts([entity.licenceId]))[0] : null;
  }

  /** 2–4 models in the order asked; an unknown slug is NOT_FOUND. */
  async compare(slugs: string[]): Promise<OpenModelView[]> {
    if (slugs.length < 2 || slugs.length > 4 || new Set(slugs).size !== slugs.length) {
      throw new BadInputError('slugs', InputErrorReason.INVALID_VALUE, 'Compare two to four different models.');
    }
    const rows = await this.db.getRepository(OpenModelEntity).findBy({ slug: In(slugs) });
    const missing = slugs.filter((s) => !rows.some((r) => r.slug === s));
    if (missing.length) throw new NotFoundError(`The model "${missing[0]}"`);
    const views = new Map(this.views(rows, await this.licencesWithCounts([...new Set(rows.map((r) => r.licenceId))])).map((v) => [v.slug, v]));
    return slugs.flatMap((s) => views.get(s) ?? []);
  }

  async licences(): Promise<ModelLicenceModel[]> {
    return (await this.licencesWithCounts()).sort((a, b) => a.name.localeCompare(b.name));
  }

  africanLanguages(): LanguageModel[] {
    return AFRICAN_LANGUAGES.map(languageView).sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Languages at least one model covers, by name. */
  async catalogLanguages(): Promise<LanguageModel[]> {
    const rows = await this.db.getRepository(OpenModelLanguageEntity).createQueryBuilder('l').select('DISTINCT l.code', 'code').getRawMany<{ code: string }>();
    return rows.map((r) => languageView(r.code)).sort((a, b) => a.name.localeCompare(b.name));
  }

  devicePresets(): DevicePresetModel[] {
    return DEVICE_PRESETS.map((d) => ({ ...d, kind: DEVICE_KINDS[d.kind] }));
  }

  /** The memory table at a context length; fits only where every part of the estimate is known. */
  memory(model: CatalogModel, contextLength: number): MemoryEstimateModel[] {
    if (!Number.isInteger(contextLength) || contextLength < 1 || contextLength > MAX_CONTEXT_LENGTH) {
      throw new BadInputError('contextLength', InputErrorReason.INVALID_VALUE, `Give a context of 1 to ${MAX_CONTEXT_LENGTH.toLocaleString('en')} tokens.`);
    }
    return memoryTable(model, contextLength).map((row) => ({
      quantization: row.quantization,
      bitsPerWeight: row.bitsPerWeight,
      weightsBytes: row.weightsBytes,
      kvCacheBytes: row.kvCacheBytes,
      overheadBytes: row.overheadBytes,
      totalBytes: row.totalBytes,
      contextLength: row.contextLength,
      weightsOnly: row.weightsOnly,
      missing: row.missing,
      fits: DEVICE_PRESETS.map((d) => ({ deviceId: d.id, fits: row.complete && fitsDevice(row.totalBytes, d.usableBytes) })),
    }));
  }

  /**
   * Lessons of the latest published version of each published course that name the model, read
   * from the lessons' front matter (a LIKE narrows the rows; the JSON decides).
   */
  async lessons(slug: string): Promise<ModelLessonUseModel[]> {
    const rows = await this.db
      .getRepository(LessonEntity)
      .createQueryBuilder('l')
      .innerJoin(CourseVersionEntity, 'v', 'v.id = l.version_id')
      .innerJoin(CourseEntity, 'c', 'c.published_version_id = v.id AND c.status = :status', { status: CourseStatus.PUBLISHED })
      .where('l.front_matter LIKE :pattern', { pattern: `%"${slug}"%` })
      .select(['l.slug AS lesson_slug', 'l.title AS lesson_title', 'l.front_matter AS front_matter', 'c.slug AS course_slug', 'v.title AS course_title', 'v.language AS language', 'v.modules AS modules'])
      .getRawMany<{ lesson_slug: string; lesson_title: string; front_matter: string; course_slug: string; course_title: string; language: string; modules: string }>();
    const position = (r: (typeof rows)[number]) =>
      (JSON.parse(r.modules) as CourseVersionEntity['modules']).flatMap((m) => m.items).findIndex((i) => i.kind === 'lesson' && i.slug === r.lesson_slug);
    return rows
      .filter((r) => ((JSON.parse(r.front_matter) as { models?: string[] }).models ?? []).includes(slug))
      .sort((a, b) => a.course_title.localeCompare(b.course_title) || a.course_slug.localeCompare(b.course_slug) || position(a) - position(b))
      .map((r) => ({ courseSlug: r.course_slug, courseTitle: r.course_title, lessonSlug: r.lesson_slug, lessonTitle: r.lesson_title, language: r.language }));
  }

  /** Compact cards of these models, in the order given (slugs the catalog lacks are left out). */
  async cards(slugs: string[]): Promise<OpenModelCardModel[]> {
    if (!slugs.length) return [];
    const rows = await this.db.getRepository(OpenModelEntity).findBy({ slug: In(slugs) });
    const licences = await this.db.getRepository(ModelLicenceEntity).findBy({ id: In([...new Set(rows.map((r) => r.licenceId))]) });
    return slugs.flatMap((s) => {
      const row = rows.find((r) => r.slug === s);
      const licence = row && licences.find((l) => l.id === row.licenceId);
      return row && licence ? [cardView(row, licence)] : [];
    });
  }

  private views(rows: OpenModelEntity[], licences: ModelLicenceModel[]): OpenModelView[] {
    const byId = new Map(licences.map((l) => [l.id, l]));
    // The foreign key guarantees the licence; flatMap keeps the types honest.
    return rows.flatMap((r) => {
      const licence = byId.get(r.licenceId);
      return licence ? [modelView(r, licence)] : [];
    });
  }

  /** Licences (these, or all) with how many models each has, in one query. */
  private async licencesWithCounts(ids?: string[]): Promise<ModelLicenceModel[]> {
    const qb = this.db
      .getRepository(ModelLicenceEntity)
      .createQueryBuilder('l')
      .addSelect((sub) => sub.select('COUNT(*)').from(OpenModelEntity, 'm').where('m.licence_id = l.id'), 'model_count');
    if (ids) qb.where('l.id IN (:...ids)', { ids });
    const { entities, raw } = await qb.getRawAndEntities<{ l_id: string; model_count: string | number }>();
    const counts = new Map(raw.map((r) => [r.l_id, Number(r.model_count)]));
    return entities.map((l) => licenceView(l, counts.get(l.id) ?? 0));
  }
}
