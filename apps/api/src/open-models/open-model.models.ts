import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CommercialUseEnum {
  YES = 'YES',
  NO = 'NO',
  CONDITIONAL = 'CONDITIONAL',
}
export enum FactKindEnum {
  STATED = 'STATED',
  COMPUTED = 'COMPUTED',
}
export enum OpenModelSort {
  NAME = 'NAME',
  SIZE_ASC = 'SIZE_ASC',
  SIZE_DESC = 'SIZE_DESC',
  RELEASED_DESC = 'RELEASED_DESC',
  RELEASED_ASC = 'RELEASED_ASC',
}
export enum MemoryProfileEnum {
  LANGUAGE_MODEL = 'LANGUAGE_MODEL',
  WEIGHTS_ONLY = 'WEIGHTS_ONLY',
}
export enum DeviceKindEnum {
  PHONE = 'PHONE',
  CPU_LAPTOP = 'CPU_LAPTOP',
  GPU = 'GPU',
}
registerEnumType(CommercialUseEnum, { name: 'CommercialUse' });
registerEnumType(FactKindEnum, { name: 'FactKind' });
registerEnumType(OpenModelSort, { name: 'OpenModelSort' });
registerEnumType(MemoryProfileEnum, { name: 'MemoryProfile' });
registerEnumType(DeviceKindEnum, { name: 'DeviceKind' });

@ObjectType('Language')
export class LanguageModel {
  @Field({ description: 'ISO 639-3 code.' }) code!: string;
  @Field({ description: 'ISO 639-3 reference name.' }) name!: string;
  @Field({ description: 'On the curated list of African languages.' }) african!: boolean;
}

@ObjectType('ModelLanguage')
export class ModelLanguageModel {
  @Field() code!: string;
  @Field() name!: string;
  @Field({ description: 'The code or name exactly as the model card writes it.' }) original!: string;
  @Field() african!: boolean;
}

@ObjectType('ModelSource')
export class ModelSourceModel {
  @Field() id!: string;
  @Field() title!: string;
  @Field() url!: string;
  @Field({ description: 'YYYY-MM-DD the source was read.' }) accessed!: string;
}

@ObjectType('ModelFact')
export class ModelFactModel {
  @Field({ description: 'Field path, e.g. "parameters.count".' }) field!: string;
  @Field(() => ModelSourceModel) source!: ModelSourceModel;
  @Field(() => FactKindEnum) kind!: FactKindEnum;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('ModelNote')
export class ModelNoteModel {
  @Field() field!: string;
  @Field() text!: string;
}

@ObjectType('ModelLicence')
export class ModelLicenceModel {
  @Field() id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) spdx!: string | null;
  @Field() url!: string;
  @Field(() => CommercialUseEnum) commercialUse!: CommercialUseEnum;
  @Field(() => String, { nullable: true, description: 'The condition on (commercial) use, in plain words.' }) condition!: string | null;
  @Field({ description: 'What you may do, must do and may not do, in plain words.' }) summary!: string;
  @Field(() => Int, { description: 'Catalog models under this licence.' }) modelCount!: number;
}

@ObjectType('ModelArchitecture')
export class ModelArchitectureModel {
  @Field(() => Int, { nullable: true }) layers!: number | null;
  @Field(() => Int, { nullable: true }) attentionHeads!: number | null;
  @Field(() => Int, { nullable: true }) kvHeads!: number | null;
  @Field(() => Int, { nullable: true }) headDim!: number | null;
  @Field(() => Int, { nullable: true }) hiddenSize!: number | null;
  @Field(() => Int, { nullable: true }) vocabSize!: number | null;
  @Field(() => Int, { nullable: true }) slidingWindow!: number | null;
  @Field(() => Int, { nullable: true }) fullAttentionLayers!: number | null;
  @Field(() => Boolean, { nullable: true }) tiedEmbeddings!: boolean | null;
}

@ObjectType('ModelVariant')
export class ModelVariantModel {
  @Field() format!: string;
  @Field() quantization!: string;
  @Field() url!: string;
  @Field(() => Float, { nullable: true }) fileSizeBytes!: number | null;
  @Field() official!: boolean;
}

@ObjectType('ModelOpenness')
export class ModelOpennessModel {
  @Field() weights!: boolean;
  @Field(() => Boolean, { nullable: true }) code!: boolean | null;
  @Field(() => Boolean, { nullable: true }) trainingData!: boolean | null;
}

@ObjectType('DeviceFit')
export class DeviceFitModel {
  @Field() deviceId!: string;
  @Field() fits!: boolean;
}

@ObjectType('MemoryEstimate', { description: "One row of a model's memory table. Bytes are Float (they exceed 2^31)." })
export class MemoryEstimateModel {
  @Field({ description: 'Q4_K_M, Q8_0, F16 (language models) or the variant’s own precision (weights-only).' }) quantization!: string;
  @Field(() => Float) bitsPerWeight!: number;
  @Field(() => Float) weightsBytes!: number;
  @Field(() => Float, { description: '0 for weights-only models.' }) kvCacheBytes!: number;
  @Field(() => Float, { description: 'Compute buffers and runtime overhead; 0 for weights-only models.' }) overheadBytes!: number;
  @Field(() => Float) totalBytes!: number;
  @Field(() => Int, { nullable: true, description: 'Null for weights-only models.' }) contextLength!: number | null;
  @Field() weightsOnly!: boolean;
  @Field(() => [String], { description: 'Inputs the estimate could not use because the sources do not publish them (e.g. "architecture.kvHeads").' })
  missing!: string[];
  @Field(() => [DeviceFitModel], { description: 'One per device preset.' }) fits!: DeviceFitModel[];
}

@ObjectType('DevicePreset')
export class DevicePresetModel {
  @Field() id!: string;
  @Field() name!: string;
  @Field(() => DeviceKindEnum) kind!: DeviceKindEnum;
  @Field(() => Float) totalBytes!: number;
  @Field(() => Float) usableBytes!: number;
  @Field() explanation!: string;
}

@ObjectType('ModelLessonUse')
export class ModelLessonUseModel {
  @Field() courseSlug!: string;
  @Field() courseTitle!: string;
  @Field() lessonSlug!: string;
  @Field() lessonTitle!: string;
  @Field() language!: string;
}

@ObjectType('FieldChange')
export class FieldChangeModel {
  @Field() field!: string;
  @Field(() => String, { nullable: true, description: 'JSON text of the value before (null when absent).' }) before!: string | null;
  @Field(() => String, { nullable: true, description: 'JSON text of the value after (null when removed).' }) after!: string | null;
}

@ObjectType('OpenModelChange')
export class OpenModelChangeModel {
  @Field(() => ID) id!: string;
  @Field(() => Date) at!: Date;
  @Field({ description: 'Who made it; "catalog import" for the CLI and the first-start seed.' }) byName!: string;
  @Field({ description: 'created, updated or imported.' }) action!: string;
  @Field(() => [FieldChangeModel]) changes!: FieldChangeModel[];
}

@ObjectType('OpenModel')
export class OpenModelModel {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field() organization!: string;
  @Field(() => String, { nullable: true }) family!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM.' }) released!: string | null;
  @Field(() => Float, { nullable: true }) parameterCount!: number | null;
  @Field(() => String, { nullable: true, description: 'The card’s own wording, e.g. "1.23B".' }) parameterWording!: string | null;
  @Field(() => Float, { nullable: true, description: 'Mixture-of-experts: parameters active per token.' }) activeParameterCount!: number | null;
  @Field() modality!: string;
  @Field(() => [String]) tasks!: string[];
  @Field(() => MemoryProfileEnum) memoryProfile!: MemoryProfileEnum;
  @Field(() => Int, { nullable: true }) contextLength!: number | null;
  @Field(() => ModelArchitectureModel, { nullable: true }) architecture!: ModelArchitectureModel | null;
  @Field(() => [ModelLanguageModel]) languages!: ModelLanguageModel[];
  @Field() coversAfricanLanguage!: boolean;
  @Field(() => ModelLicenceModel) licence!: ModelLicenceModel;
  @Field(() => ModelOpennessModel) open!: ModelOpennessModel;
  @Field(() => [ModelVariantModel]) variants!: ModelVariantModel[];
  @Field() cardUrl!: string;
  @Field(() => String, { nullable: true }) paperUrl!: string | null;
  @Field(() => String, { nullable: true }) codeUrl!: string | null;
  @Field(() => [ModelSourceModel]) sources!: ModelSourceModel[];
  @Field(() => [ModelFactModel], { description: 'Where each fact comes from, and whether it is stated there or computed.' }) facts!: ModelFactModel[];
  @Field(() => [ModelNoteModel], { description: 'Where official sources disagree, and other remarks on a field.' }) notes!: ModelNoteModel[];
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType('FacetCount')
export class FacetCountModel {
  @Field() value!: string;
  @Field() label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('OpenModelFacets', { description: 'Each facet counts the models matching all the other filters.' })
export class OpenModelFacetsModel {
  @Field(() => [FacetCountModel]) tasks!: FacetCountModel[];
  @Field(() => [FacetCountModel]) modalities!: FacetCountModel[];
  @Field(() => [FacetCountModel]) languages!: FacetCountModel[];
  @Field(() => [FacetCountModel]) licences!: FacetCountModel[];
  @Field(() => [FacetCountModel]) commercialUse!: FacetCountModel[];
  @Field(() => [FacetCountModel]) organizations!: FacetCountModel[];
}

@ObjectType('OpenModelPage')
export class OpenModelPageModel {
  @Field(() => [OpenModelModel]) items!: OpenModelModel[];
  @Field(() => Int) totalCount!: number;
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last page.' }) nextCursor!: string | null;
  @Field(() => OpenModelFacetsModel) facets!: OpenModelFacetsModel;
}

@ObjectType('OpenModelCardLicence')
export class OpenModelCardLicenceModel {
  @Field() id!: string;
  @Field() name!: string;
  @Field(() => CommercialUseEnum) commercialUse!: CommercialUseEnum;
}

/** A compact view of a catalog model, for the lessons that use it. */
@ObjectType('OpenModelCard')
export class OpenModelCardModel {
  @Field() slug!: string;
  @Field() name!: string;
  @Field() organization!: string;
  @Field(() => Float, { nullable: true }) parameterCount!: number | null;
  @Field(() => String, { nullable: true }) parameterWording!: string | null;
  @Field(() => [String]) tasks!: string[];
  @Field(() => OpenModelCardLicenceModel) licence!: OpenModelCardLicenceModel;
  @Field(() => Float, { nullable: true, description: 'Language models: total memory at Q4_K_M with a 4,096-token context; null when unknown or weights-only.' })
  q4TotalBytes!: number | null;
}
