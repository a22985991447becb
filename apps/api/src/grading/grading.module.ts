import { Global, Module } from '@nestjs/common';
import { GradingAdminResolver } from './grading-admin.resolver';
import { GradingAdminService } from './grading-admin.service';
import { GradingQueue } from './grading-queue.service';

@Global()
@Module({ providers: [GradingQueue, GradingAdminService, GradingAdminResolver], exports: [GradingQueue] })
export class GradingModule {}
