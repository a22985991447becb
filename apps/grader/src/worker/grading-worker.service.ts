import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SETTINGS, Settings } from '@sankofa/config';
import { bullConnection, GRADING_QUEUE, GRADING_WORKER_OPTIONS, GradingJobName, evictionPolicyProblem } from '@sankofa/queue';
import { Worker } from 'bullmq';
import Redis from 'ioredis';
import { hostname } from 'node:os';
import { GradeSubmissionHandler } from '../grading/grade-submission.handler';
import { JobRouter } from './job-router';

/** Consumes the deployment's grading queue. Stops taking jobs and finishes the running ones on shutdown. */
@Injectable()
export class GradingWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(GradingWorker.name);
  private worker?: Worker;

  constructor(
    @Inject(SETTINGS) private readonly settings: Settings,
    private readonly gradeSubmission: GradeSubmissionHandler,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const router = new JobRouter({
      [GradingJobName.GRADE_SUBMISSION]: (payload) => this.gradeSubmission.handle(payload),
    });
    this.worker = new Worker(GRADING_QUEUE, (job) => router.route(job), {
      ...GRADING_WORKER_OPTIONS,
      connection: bullConnection(this.settings.redisUrl),
      prefix: this.settings.redisNamespace,
      name: `grader-${hostname()}-${process.pid}`,
      autorun: false,
    });
    this.worker.on('error', (err) => this.logger.error(`queue connection: ${err.message}`));
    this.worker.on('failed', (job, err) => this.logger.warn(`job ${job?.id ?? '?'} failed: ${err.message}`));
    await this.worker.waitUntilReady();
    await this.warnAboutEviction();
    void this.worker.run();
    this.logger.log(`grading worker ready on ${this.settings.redisNamespace}:${GRADING_QUEUE} (concurrency ${GRADING_WORKER_OPTIONS.concurrency})`);
  }

  private async warnAboutEviction(): Promise<void> {
    const redis = new Redis(this.settings.redisUrl, { maxRetriesPerRequest: 1 });
    try {
      const problem = await evictionPolicyProblem(redis);
      if (problem) this.logger.warn(problem);
    } finally {
      redis.disconnect();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
