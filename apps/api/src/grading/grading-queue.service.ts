import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { SETTINGS, Settings } from '@sankofa/config';
import { bullConnection, GRADING_QUEUE, GradeSubmissionPayload, gradingJobOptions, GradingJobName } from '@sankofa/queue';
import { Queue } from 'bullmq';

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

  constructor(@Inject(SETTINGS) settings: Settings) {
    this.queue = new Queue(GRADING_QUEUE, { connection: bullConnection(settings.redisUrl), prefix: settings.redisNamespace });
    // Errors surface through health checks and failed enqueues; without a listener they would crash.
    this.queue.on('error', () => undefined);
  }

  async enqueue(payload: GradeSubmissionPayload): Promise<void> {
    await this.queue.add(GradingJobName.GRADE_SUBMISSION, payload, gradingJobOptions(payload));
  }

  async counts(): Promise<GradingQueueCounts> {
    const c = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
    return { waiting: c['waiting'] ?? 0, active: c['active'] ?? 0, delayed: c['delayed'] ?? 0, failed: c['failed'] ?? 0, completed: c['completed'] ?? 0 };
  }

  /** Grader workers currently connected to this deployment's grading queue. */
  async workerCount(): Promise<number> {
    return (await this.queue.getWorkers()).length;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
