import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, Settings } from '@sankofa/config';
import { DatabaseModule } from '@sankofa/db';
import { GradeSubmissionHandler } from './grading/grade-submission.handler';
import { GradingWorker } from './worker/grading-worker.service';

@Module({})
export class GraderModule {
  static forRoot(settings?: Settings): DynamicModule {
    return {
      module: GraderModule,
      imports: [ConfigModule.forRoot(settings), DatabaseModule],
      providers: [GradeSubmissionHandler, GradingWorker],
    };
  }
}
