import { ArgsType, Field, Float, InputType, Int } from '@nestjs/graphql';
import { CommercialUseEnum, OpenModelSort } from '../open-model.models';

@InputType('DeviceFitInput', { description: 'A device preset id, or a custom usable-memory figure in bytes.' })
export class DeviceFitInput {
  @Field(() => String, { nullable: true, description: 'An id of devicePresets.' }) deviceId?: string | null;
  @Field(() => Float, { nullable: true, description: 'Usable RAM or VRAM in bytes (instead of a preset).' }) usableBytes?: number | null;
  @Field(() => String, { defaultValue: 'Q4_K_M', description: 'Q4_K_M, Q8_0 or F16 (language models; weights-only models compare their weights).' })
  quantization!: string;
  @Field(() => Int, { defaultValue: 4096, description: 'Tokens of context, 1–1,048,576.' }) contextLength!: number;
}

@InputType('OpenModelFilter')
export class OpenModelFilter {
  @Field(() => String, { nullable: true, description: 'Words of the name, organization, family, tasks or description.' }) query?: string | null;
  @Field(() => [String], { nullable: true }) tasks?: string[] | null;
  @Field(() => [String], { nullable: true }) modalities?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'ISO 639-3, ISO 639-1 or macrolanguage codes; sw and swa match swh.' }) languages?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Covers at least one language of the curated African list.' }) africanLanguage?: boolean | null;
  @Field(() => [CommercialUseEnum], { nullable: true }) commercialUse?: CommercialUseEnum[] | null;
  @Field(() => Float, { nullable: true }) minParameters?: number | null;
  @Field(() => Float, { nullable: true }) maxParameters?: number | null;
  @Field(() => [String], { nullable: true, description: 'Licence ids.' }) licences?: string[] | null;
  @Field(() => DeviceFitInput, { nullable: true }) fits?: DeviceFitInput | null;
}

@ArgsType()
export class OpenModelsArgs {
  @Field(() => OpenModelFilter, { nullable: true }) filter?: OpenModelFilter | null;
  @Field(() => OpenModelSort, { defaultValue: OpenModelSort.NAME }) sort!: OpenModelSort;
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first!: number;
  @Field(() => String, { nullable: true, description: 'nextCursor of the previous page.' }) after?: string | null;
}
