import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { LearningResolver } from './learning.resolver';
import { LearningService } from './learning.service';

@Module({ imports: [CatalogModule], providers: [LearningService, LearningResolver] })
export class LearningModule {}
