import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, Settings } from '@sankofa/config';
import { DatabaseModule } from '@sankofa/db';
import { GradeSubmissionHandler } from './grading/grade-submission.handler';
import { GradingRunsStore } from './grading/grading-runs.store';
import { SubmissionEventsPublisher } from './grading/submission-events.publisher';
import { Reconciler } from './reconciler/reconciler.service';
import { PythonSandbox } from './sandbox/python-sandbox.service';
import { GradingWorker } from './worker/grading-worker.service';

@Module({})
export class GraderModule {
  static forRoot(settings?: Settings): DynamicModule {
    return {
      module: GraderModule,
      imports: [ConfigModule.forRoot(settings), DatabaseModule],
      providers: [GradingRunsStore, SubmissionEventsPublisher, PythonSandbox, GradeSubmissionHandler, GradingWorker, Reconciler],
    };
  }
}
