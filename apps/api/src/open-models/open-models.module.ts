import { Module } from '@nestjs/common';
import { OpenModelSearch } from './open-model-search.service';
import { OpenModelStore } from './open-model-store.service';
import { LessonModelsResolver, OpenModelsResolver } from './open-models.resolver';
import { OpenModelsService } from './open-models.service';

@Module({ providers: [OpenModelSearch, OpenModelsService, OpenModelStore, OpenModelsResolver, LessonModelsResolver], exports: [OpenModelStore, OpenModelsService] })
export class OpenModelsModule {}
