import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SETTINGS, Settings } from '@sankofa/config';
import { bullConnection, evictionPolicyProblem, GRADING_QUEUE, GRADING_WORKER_OPTIONS, GradingJobName, graderRegistryKey, GRADER_HEARTBEAT_MS, type GraderReport } from '@sankofa/queue';
import { Worker } from 'bullmq';
import Redis from 'ioredis';
import { hostname } from 'node:os';
import { GradeSubmissionHandler } from '../grading/grade-submission.handler';
import { PythonSandbox } from '../sandbox/python-sandbox.service';
import { JobRouter } from './job-router';
import { REDIS_CLOSE_TIMEOUT_MS, settlesWithin } from './bounded-shutdown';

/** How long SIGTERM waits for running gradings before leaving them to be taken again. */
export const DRAIN_TIMEOUT_MS = 8000;

/**
 * Consumes the deployment's grading queue. Refuses to start on a Redis that may evict keys (an
 * evicted job is a lost submission). Reports itself (with its sandbox's state) to the API every
 * few seconds. On shutdown it stops taking jobs and waits at most DRAIN_TIMEOUT_MS for the
 * running ones; what is left is taken again by a grader once its lock expires. The drain runs
 * before any shutdown hook, so the database and the event publisher the running gradings use
 * are still open while they finish.
 */
@Injectable()
export class GradingWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(GradingWorker.name);
  private readonly name = `grader-${hostname()}-${process.pid}`;
  private readonly redis: Redis;
  private worker?: Worker;
  private heartbeat?: NodeJS.Timeout;

  constructor(
    @Inject(SETTINGS) private readonly settings: Settings,
    private readonly gradeSubmission: GradeSubmissionHandler,
    private readonly sandbox: PythonSandbox,
  ) {
    this.redis = new Redis(settings.redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
    this.redis.on('error', () => undefined);
  }

  async onApplicationBootstrap(): Promise<void> {
    const problem = await evictionPolicyProblem(this.redis);
    if (problem) throw new Error(`${problem}: set maxmemory-policy noeviction (redis-cli CONFIG SET maxmemory-policy noeviction) and start the grader again`);

    const router = new JobRouter({
      [GradingJobName.GRADE_SUBMISSION]: (payload, attempt) => this.gradeSubmission.handle(payload, attempt),
    });
    this.worker = new Worker(GRADING_QUEUE, (job) => router.route(job), {
      ...GRADING_WORKER_OPTIONS,
      concurrency: this.settings.grading.concurrency,
      connection: bullConnection(this.settings.redisUrl),
      prefix: this.settings.redisNamespace,
      name: this.name,
      autorun: false,
    });
    this.worker.on('error', (err) => this.logger.error(`queue connection: ${err.message}`));
    this.worker.on('failed', (job, err) => this.logger.warn(`job ${job?.id ?? '?'} failed: ${err.message}`));
    await this.worker.waitUntilReady();
    await this.report();
    this.heartbeat = setInterval(() => void this.report(), GRADER_HEARTBEAT_MS);
    void this.worker.run();
    this.logger.log(`grading worker ready on ${this.settings.redisNamespace}:${GRADING_QUEUE} (concurrency ${this.settings.grading.concurrency})`);
  }

  private async report(): Promise<void> {
    const state = this.sandbox.state;
    const report: GraderReport = { at: Date.now(), sandbox: state.ok ? state.mode : 'unavailable', ...(state.ok ? {} : { reason: state.reason }) };
    await this.redis.hset(graderRegistryKey(this.settings.redisNamespace), this.name, JSON.stringify(report)).catch(() => undefined);
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.heartbeat);
    await this.redis.hdel(graderRegistryKey(this.settings.redisNamespace), this.name).catch(() => undefined);
    this.redis.disconnect();
    if (!this.worker) return;
    if (await settlesWithin(this.worker.close(), DRAIN_TIMEOUT_MS)) return;
    this.logger.warn(`gradings still running after ${DRAIN_TIMEOUT_MS / 1000} s; leaving them to be graded again`);
    if (!(await settlesWithin(this.worker.close(true), REDIS_CLOSE_TIMEOUT_MS))) {
      this.logger.warn('the grading queue connection did not close (Redis unreachable?); stopping without closing it');
    }
  }
}
