import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { GradingQueue } from '../grading/grading-queue.service';
import { REDIS } from '../redis/redis.module';
import { ComponentHealth, GraderHealth, Health, HealthStatus } from './health.model';

const CHECK_TIMEOUT_MS = 2000;

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly grading: GradingQueue,
  ) {}

  async check(): Promise<Health> {
    const [database, redis] = await Promise.all([
      timed(() => this.dataSource.query('SELECT 1'), 'database unreachable'),
      timed(() => this.redis.ping(), 'redis unreachable'),
    ]);
    const grader = redis.status === HealthStatus.OK ? await this.grader() : { status: HealthStatus.DOWN, workers: 0, queue: null };
    const down = database.status === HealthStatus.DOWN || redis.status === HealthStatus.DOWN;
    const status = down ? HealthStatus.DOWN : grader.status === HealthStatus.OK ? HealthStatus.OK : HealthStatus.DEGRADED;
    return { status, database, redis, grader };
  }

  private async grader(): Promise<GraderHealth> {
    try {
      const [workers, queue, reports] = await withTimeout(Promise.all([this.grading.workerCount(), this.grading.counts(), this.grading.graderReports()]));
      const modes = new Set(reports.map((r) => r.sandbox));
      const pythonSandbox = modes.has('bubblewrap') ? 'bubblewrap' : modes.has('unsandboxed') ? 'unsandboxed' : modes.has('unavailable') ? 'unavailable' : null;
      const status = workers > 0 && pythonSandbox !== 'unavailable' ? HealthStatus.OK : HealthStatus.DEGRADED;
      return { status, workers, queue, pythonSandbox };
    } catch {
      return { status: HealthStatus.DOWN, workers: 0, queue: null };
    }
  }
}

async function timed(probe: () => Promise<unknown>, failure: string): Promise<ComponentHealth> {
  const started = performance.now();
  try {
    await withTimeout(probe());
    return { status: HealthStatus.OK, latencyMs: Math.round(performance.now() - started), detail: null };
  } catch {
    return { status: HealthStatus.DOWN, latencyMs: null, detail: failure };
  }
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
