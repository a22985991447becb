import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { CourseFilesController } from './course-files.controller';
import { LearningResolver } from './learning.resolver';
import { LearningService } from './learning.service';

@Module({ imports: [CatalogModule], controllers: [CourseFilesController], providers: [LearningService, LearningResolver] })
export class LearningModule {}
