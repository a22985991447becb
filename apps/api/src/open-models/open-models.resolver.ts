import { Args, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { UserEntity } from '@sankofa/db';
import { Role } from '@sankofa/domain';
import { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { LessonModel } from '../learning/learning.models';
import { OpenModelsArgs } from './dto/open-models.args';
import { OpenModelStore } from './open-model-store.service';
import type { OpenModelView } from './open-model-views';
import {
  DevicePresetModel,
  LanguageModel,
  MemoryEstimateModel,
  ModelLessonUseModel,
  ModelLicenceModel,
  OpenModelCardModel,
  OpenModelChangeModel,
  OpenModelModel,
  OpenModelPageModel,
} from './open-model.models';
import { OpenModelsService } from './open-models.service';

@Resolver(() => OpenModelModel)
export class OpenModelsResolver {
  constructor(
    private readonly models: OpenModelsService,
    private readonly store: OpenModelStore,
  ) {}

  @Query(() => OpenModelPageModel, {
    description: 'Search the open-model catalog: filters, sort, facet counts and cursor pages.',
    complexity: ({ args, childComplexity }) => Math.min(args['first'] ?? 20, 100) * childComplexity,
  })
  openModels(@Args() args: OpenModelsArgs, @Info() info: GraphQLResolveInfo): Promise<OpenModelPageModel> {
    return this.models.search(args, { facets: selects(info, 'facets') });
  }

  @Query(() => OpenModelModel, { nullable: true, description: 'One model by slug; null when the catalog has none.' })
  openModel(@Args('slug') slug: string): Promise<OpenModelModel | null> {
    return this.models.bySlug(slug);
  }

  @Query(() => [OpenModelModel], { description: 'Two to four models side by side, in the order given.' })
  compareOpenModels(@Args('slugs', { type: () => [String] }) slugs: string[]): Promise<OpenModelModel[]> {
    return this.models.compare(slugs);
  }

  @Query(() => [DevicePresetModel], { description: 'Devices "fits my device" checks against, with the memory each leaves usable.' })
  devicePresets(): DevicePresetModel[] {
    return this.models.devicePresets();
  }

  @Query(() => [ModelLicenceModel])
  modelLicences(): Promise<ModelLicenceModel[]> {
    return this.models.licences();
  }

  @Query(() => [LanguageModel], { description: 'The curated list of African languages (ISO 639-3).' })
  africanLanguages(): LanguageModel[] {
    return this.models.africanLanguages();
  }

  @Query(() => [LanguageModel], { description: 'Languages that at least one model covers.' })
  catalogLanguages(): Promise<LanguageModel[]> {
    return this.models.catalogLanguages();
  }

  @Roles(Role.INSTRUCTOR, Role.ADMIN)
  @Query(() => String, { description: "Canonical YAML of the model's data file (instructors and admins)." })
  openModelSource(@Args('slug') slug: string): Promise<string> {
    return this.store.source(slug);
  }

  @Roles(Role.INSTRUCTOR, Role.ADMIN)
  @Query(() => [OpenModelChangeModel], { description: 'Every change of the model, newest first (instructors and admins).' })
  openModelHistory(@Args('slug') slug: string): Promise<OpenModelChangeModel[]> {
    return this.store.history(slug);
  }

  @Roles(Role.INSTRUCTOR, Role.ADMIN)
  @Mutation(() => OpenModelModel, {
    description: 'Create or replace a model from the YAML text of its data file; validation errors come back as BAD_USER_INPUT with extensions.issues [{ path, message }] and nothing is stored.',
  })
  async saveOpenModel(@Args('source') source: string, @CurrentUser() user: UserEntity): Promise<OpenModelModel> {
    const entity = await this.store.save(source, user);
    const saved = await this.models.bySlug(entity.slug);
    if (!saved) throw new Error(`the model ${entity.slug} was saved but cannot be read back`);
    return saved;
  }

  @ResolveField(() => [MemoryEstimateModel], { description: 'Memory at 4-, 8- and 16-bit for language models (f16 KV cache), or the weights of weights-only models.' })
  memory(@Parent() model: OpenModelView, @Args('contextLength', { type: () => Int, defaultValue: 4096, description: '1–1,048,576 tokens.' }) contextLength: number): MemoryEstimateModel[] {
    return this.models.memory(model.document, contextLength);
  }

  @ResolveField(() => [ModelLessonUseModel], { description: 'Lessons of the latest published version of each course that name this model.', complexity: 10 })
  lessons(@Parent() model: OpenModelView): Promise<ModelLessonUseModel[]> {
    return this.models.lessons(model.slug);
  }
}

/** Lesson.models: cards of the catalog models a lesson names, in its order. */
@Resolver(() => LessonModel)
export class LessonModelsResolver {
  constructor(private readonly catalog: OpenModelsService) {}

  @ResolveField(() => [OpenModelCardModel], { description: 'Cards of the open models the lesson uses, in the order it names them.' })
  models(@Parent() lesson: LessonModel): Promise<OpenModelCardModel[]> {
    return this.catalog.cards(lesson.modelSlugs);
  }
}

/** Whether the query selects this field of the result (fragments count as selecting everything). */
function selects(info: GraphQLResolveInfo, field: string): boolean {
  const within = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => (s.kind === 'Field' ? s.name.value === field : s.kind === 'InlineFragment' ? within(s.selectionSet) : true));
  return info.fieldNodes.some((node) => within(node.selectionSet));
}
