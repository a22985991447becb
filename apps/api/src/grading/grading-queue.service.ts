import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { SETTINGS, Settings } from '@sankofa/config';
import { bullConnection, GRADING_QUEUE, GradeSubmissionPayload, graderRegistryKey, gradingJobOptions, GradingJobName, liveGraderReports, type GraderReport } from '@sankofa/queue';
import { Queue } from 'bullmq';
import type Redis from 'ioredis';
import { REDIS } from '../redis/redis.module';

/**
 * How long a request waits for Redis to take its jobs. The queue's connection retries forever
 * (BullMQ needs that), so without a bound a submit would hang while Redis is away; past it the
 * run stays QUEUED in the database and the reconciler queues it.
 */
const ENQUEUE_TIMEOUT_MS = 3000;

export interface GradingQueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
}

/** The API's side of the grading queue contract: it produces jobs and reads the queue's state. */
@Injectable()
export class GradingQueue implements OnApplicationShutdown {
  private readonly queue: Queue;

  constructor(
    @Inject(SETTINGS) private readonly settings: Settings,
    @Inject(REDIS) private readonly redis: Redis,
  ) {
    this.queue = new Queue(GRADING_QUEUE, { connection: bullConnection(settings.redisUrl), prefix: settings.redisNamespace });
    // Errors surface through health checks and failed enqueues; without a listener they would crash.
    this.queue.on('error', () => undefined);
  }

  /** Adds the run's job; adding a run that has a job already is a no-op (the job id is the run's). */
  async enqueue(payload: GradeSubmissionPayload, priority = 0): Promise<void> {
    await withinEnqueueTimeout(this.queue.add(GradingJobName.GRADE_SUBMISSION, payload, gradingJobOptions(payload, priority)));
  }

  async enqueueMany(payloads: GradeSubmissionPayload[], priority: number): Promise<void> {
    await withinEnqueueTimeout(this.queue.addBulk(payloads.map((data) => ({ name: GradingJobName.GRADE_SUBMISSION, data, opts: gradingJobOptions(data, priority) }))));
  }

  /**
   * Why Python cannot be graded now, from the graders' own reports; null when a grader has a
   * sandbox, or when no grader is running (the submission then waits in the queue for one).
   */
  async pythonSandboxProblem(): Promise<string | null> {
    const reports = await this.graderReports();
    if (!reports.length || reports.some((r) => r.sandbox !== 'unavailable')) return null;
    return reports[0].reason ?? 'no grader can start a sandbox';
  }

  async counts(): Promise<GradingQueueCounts> {
    const c = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
    return { waiting: c['waiting'] ?? 0, active: c['active'] ?? 0, delayed: c['delayed'] ?? 0, failed: c['failed'] ?? 0, completed: c['completed'] ?? 0 };
  }

  /** The reports of the graders alive now (each says whether, and how, it can run Python). */
  async graderReports(): Promise<GraderReport[]> {
    return liveGraderReports(await this.redis.hgetall(graderRegistryKey(this.settings.redisNamespace)).catch(() => ({})));
  }

  /** Grader workers currently connected to this deployment's grading queue. */
  async workerCount(): Promise<number> {
    return (await this.queue.getWorkers()).length;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}

/** Settles with `adding`, or rejects once Redis has kept it waiting too long (the add may still land later). */
function withinEnqueueTimeout(adding: Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not take the grading job within ${ENQUEUE_TIMEOUT_MS} ms`)), ENQUEUE_TIMEOUT_MS);
  });
  // An add that fails after the timeout has nobody waiting for it any more.
  adding.catch(() => undefined);
  return Promise.race([adding.then(() => undefined), late]).finally(() => clearTimeout(timer));
}
