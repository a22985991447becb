import type { ModelLicenceEntity, OpenModelEntity } from '@sankofa/db';
import { type CatalogModel, totalFromFigures } from '@sankofa/model-catalog';
import { languageView } from './catalog-lib';
import { CommercialUseEnum, FactKindEnum, MemoryProfileEnum, ModelLicenceModel, OpenModelCardModel, OpenModelModel } from './open-model.models';

/** The resolver's parent object: the GraphQL fields plus the document for `memory` and `lessons`. */
export type OpenModelView = OpenModelModel & { document: CatalogModel };

export function licenceView(licence: ModelLicenceEntity, modelCount: number): ModelLicenceModel {
  return {
    id: licence.id,
    name: licence.name,
    spdx: licence.spdx,
    url: licence.url,
    commercialUse: licence.commercialUse.toUpperCase() as CommercialUseEnum,
    condition: licence.condition,
    summary: licence.summary,
    modelCount,
  };
}

export function modelView(entity: OpenModelEntity, licence: ModelLicenceModel): OpenModelView {
  const d = entity.document;
  const a = d.architecture;
  const sourceOf = new Map(d.sources.map((s) => [s.id, s]));
  return {
    id: entity.id,
    slug: d.slug,
    name: d.name,
    organization: d.organization,
    family: d.family ?? null,
    description: d.description ?? null,
    released: d.released ?? null,
    parameterCount: d.parameters?.count ?? null,
    parameterWording: d.parameters?.stated ?? null,
    activeParameterCount: d.parameters?.active ?? null,
    modality: d.modality,
    tasks: d.tasks,
    memoryProfile: d.memoryProfile === 'weights-only' ? MemoryProfileEnum.WEIGHTS_ONLY : MemoryProfileEnum.LANGUAGE_MODEL,
    contextLength: d.contextLength ?? null,
    architecture: a
      ? {
          layers: a.layers ?? null,
          attentionHeads: a.attentionHeads ?? null,
          kvHeads: a.kvHeads ?? null,
          headDim: a.headDim ?? null,
          hiddenSize: a.hiddenSize ?? null,
          vocabSize: a.vocabSize ?? null,
          slidingWindow: a.slidingWindow ?? null,
          fullAttentionLayers: a.fullAttentionLayers ?? null,
          tiedEmbeddings: a.tiedEmbeddings ?? null,
        }
      : null,
    languages: d.languages.map((l) => ({ ...languageView(l.code), original: l.original })),
    coversAfricanLanguage: entity.coversAfricanLanguage,
    licence,
    open: { weights: d.open.weights, code: d.open.code ?? null, trainingData: d.open.trainingData ?? null },
    variants: d.variants.map((v) => ({ format: v.format, quantization: v.quantization, url: v.url, fileSizeBytes: v.fileSizeBytes ?? null, official: v.official })),
    cardUrl: d.links.card,
    paperUrl: d.links.paper ?? null,
    codeUrl: d.links.code ?? null,
    sources: d.sources,
    facts: Object.entries(d.provenance).flatMap(([field, p]) => {
      const source = sourceOf.get(p.source);
      return source ? [{ field, source, kind: p.kind === 'computed' ? FactKindEnum.COMPUTED : FactKindEnum.STATED, note: p.note ?? null }] : [];
    }),
    notes: d.notes,
    updatedAt: entity.updatedAt,
    document: d,
  };
}

export function cardView(entity: OpenModelEntity, licence: Pick<ModelLicenceEntity, 'id' | 'name' | 'commercialUse'>): OpenModelCardModel {
  const d = entity.document;
  return {
    slug: d.slug,
    name: d.name,
    organization: d.organization,
    parameterCount: d.parameters?.count ?? null,
    parameterWording: d.parameters?.stated ?? null,
    tasks: d.tasks,
    licence: { id: licence.id, name: licence.name, commercialUse: licence.commercialUse.toUpperCase() as CommercialUseEnum },
    q4TotalBytes: d.memoryProfile === 'language-model' ? totalFromFigures(entity, d.memoryProfile, 'Q4_K_M', 4096) : null,
  };
}
