import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { dataSourceOptions } from '@sankofa/db';
import { bullConnection, GRADING_QUEUE, gradingJobOptions, GradingJobName } from '@sankofa/queue';
import { DATABASE_KINDS, testSettings } from '@sankofa/testing';
import { Job, Queue, QueueEvents } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { GraderModule } from '../src/grader.module';

describe.each(DATABASE_KINDS)('grader on %s', (kind) => {
  const settings = testSettings(kind);
  let grader: INestApplicationContext;
  let queue: Queue;
  let events: QueueEvents;

  beforeAll(async () => {
    const dataSource = await new DataSource(dataSourceOptions(settings.database)).initialize();
    await dataSource.runMigrations();
    await dataSource.destroy();
    grader = await NestFactory.createApplicationContext(GraderModule.forRoot(settings), { logger: false });
    await grader.init();
    const options = { connection: bullConnection(settings.redisUrl), prefix: settings.redisNamespace };
    queue = new Queue(GRADING_QUEUE, options);
    events = new QueueEvents(GRADING_QUEUE, options);
    await events.waitUntilReady();
  });

  afterAll(async () => {
    await events.close();
    await queue.close();
    await grader?.close();
  });

  it('registers as a worker of its deployment’s grading queue', async () => {
    const workers = await queue.getWorkers();
    expect(workers.length).toBe(1);
  });

  async function outcome(job: Job): Promise<{ failedReason?: string; attemptsMade: number; finished: boolean }> {
    await job.waitUntilFinished(events, 10_000).catch(() => undefined);
    const done = (await Job.fromId(queue, job.id!))!;
    return { failedReason: done.failedReason, attemptsMade: done.attemptsMade, finished: Boolean(done.finishedOn) };
  }

  it('completes a job whose grading run is graded already or no longer exists, without writing anything', async () => {
    const payload = { submissionId: randomUUID(), runNumber: 1 };
    const job = await queue.add(GradingJobName.GRADE_SUBMISSION, payload, gradingJobOptions(payload));
    expect(job.id).toBe(`grade-${payload.submissionId}-1`);
    expect(await outcome(job)).toMatchObject({ finished: true, failedReason: undefined });
  });

  it('fails malformed payloads and unknown job names without retrying', async () => {
    const malformed = await queue.add(GradingJobName.GRADE_SUBMISSION, { submissionId: 'nope', runNumber: 0 }, { attempts: 3 });
    expect(await outcome(malformed)).toMatchObject({ failedReason: expect.stringMatching(/submissionId must be a UUID/), attemptsMade: 1 });
    const unknown = await queue.add('grade-everything', {}, { attempts: 3 });
    expect(await outcome(unknown)).toMatchObject({ failedReason: expect.stringMatching(/unknown grading job/), attemptsMade: 1 });
  });
});
