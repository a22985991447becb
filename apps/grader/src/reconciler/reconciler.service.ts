import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SETTINGS, Settings } from '@sankofa/config';
import { GradingRunEntity } from '@sankofa/db';
import { PENDING_SUBMISSION_STATUSES, SubmissionStatus } from '@sankofa/domain';
import { bullConnection, GRADING_ATTEMPTS, GRADING_QUEUE, gradingJobId, gradingJobOptions, GradingJobName } from '@sankofa/queue';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { DataSource, In, IsNull, LessThan } from 'typeorm';
import { GradingRunsStore } from '../grading/grading-runs.store';
import { SubmissionEventsPublisher } from '../grading/submission-events.publisher';
import { REDIS_CLOSE_TIMEOUT_MS, settlesWithin } from '../worker/bounded-shutdown';

/** How often the reconciler looks for runs without a job. */
export const RECONCILE_INTERVAL_MS = 10_000;
/** A run this young may still be on its way into the queue (the API stores, then queues). */
const GRACE_MS = 5_000;
const BATCH = 500;
/** Tries of one run (by any grader) after which the reconciler ends it with a grader fault. */
export const MAX_GRADER_ATTEMPTS = 2 * GRADING_ATTEMPTS;
const LIVE_STATES = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

/**
 * Re-queues grading runs left QUEUED or RUNNING without a live job: the API could not reach
 * Redis when it stored the submission, Redis lost its data, or a job ended without a result.
 * One grader at a time does it (a Redis lock); the job id is the run's, so queuing twice is
 * harmless, and a run's result is written once whatever happens.
 */
@Injectable()
export class Reconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Reconciler.name);
  private readonly queue: Queue;
  private readonly redis: Redis;
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    @Inject(SETTINGS) private readonly settings: Settings,
    @InjectDataSource() private readonly db: DataSource,
    private readonly runs: GradingRunsStore,
    private readonly events: SubmissionEventsPublisher,
  ) {
    this.queue = new Queue(GRADING_QUEUE, { connection: bullConnection(settings.redisUrl), prefix: settings.redisNamespace });
    this.queue.on('error', () => undefined);
    this.redis = new Redis(settings.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
    this.redis.on('error', () => undefined);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), RECONCILE_INTERVAL_MS);
    void this.tick();
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.reconcileOnce().catch((err: Error) => {
      this.logger.warn(`reconciling failed, will try again: ${err.message}`);
      return 0;
    });
    await this.running;
    this.running = undefined;
  }

  /** One pass; returns how many runs were queued again. */
  async reconcileOnce(now = Date.now()): Promise<number> {
    const lock = await this.redis.set(`${this.settings.redisNamespace}:reconciler-lock`, String(process.pid), 'PX', RECONCILE_INTERVAL_MS * 3, 'NX');
    if (lock !== 'OK') return 0;
    try {
      const runs = await this.db.getRepository(GradingRunEntity).find({
        where: { finishedAt: IsNull(), status: In([...PENDING_SUBMISSION_STATUSES]), createdAt: LessThan(new Date(now - GRACE_MS)) },
        select: { id: true, submissionId: true, runNumber: true, priority: true, graderAttempts: true },
        order: { priority: 'ASC', createdAt: 'ASC' },
        take: BATCH,
      });
      let requeued = 0;
      for (const run of runs) {
        const payload = { submissionId: run.submissionId, runNumber: run.runNumber };
        const job = await this.queue.getJob(gradingJobId(payload));
        if (job && LIVE_STATES.has(await job.getState())) continue;
        if (run.graderAttempts >= MAX_GRADER_ATTEMPTS) {
          // Every try ended without a result (each killed its grader, say): trying again would loop.
          if (await this.runs.recordFault(run, `no result after ${run.graderAttempts} tries; the run's grading keeps ending its grader`)) {
            await this.events.publish({ submissionId: run.submissionId, runNumber: run.runNumber, status: SubmissionStatus.GRADER_FAULT });
          }
          await job?.remove();
          continue;
        }
        // A finished job under the run's id would make `add` a no-op.
        await job?.remove();
        await this.queue.add(GradingJobName.GRADE_SUBMISSION, payload, gradingJobOptions(payload, run.priority));
        requeued++;
      }
      if (requeued) this.logger.log(`queued ${requeued} grading run${requeued === 1 ? '' : 's'} again that had no live job`);
      return requeued;
    } finally {
      await this.redis.del(`${this.settings.redisNamespace}:reconciler-lock`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await settlesWithin(this.running ?? Promise.resolve(), REDIS_CLOSE_TIMEOUT_MS);
    await settlesWithin(this.queue.close(), REDIS_CLOSE_TIMEOUT_MS);
    this.redis.disconnect();
  }
}
