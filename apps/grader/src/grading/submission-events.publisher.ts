import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { SETTINGS, Settings } from '@sankofa/config';
import { SubmissionChangedMessage, submissionChannel } from '@sankofa/queue';
import Redis from 'ioredis';

/**
 * Publishes each status change of a submission on its pub/sub channel; the API instance that
 * holds the learner's socket pushes the change. Best effort: the state is already stored, and
 * the web app polls when it misses an event.
 */
@Injectable()
export class SubmissionEventsPublisher implements OnApplicationShutdown {
  private readonly logger = new Logger(SubmissionEventsPublisher.name);
  private readonly redis: Redis;

  constructor(@Inject(SETTINGS) private readonly settings: Settings) {
    this.redis = new Redis(settings.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
    this.redis.on('error', () => undefined);
  }

  async publish(message: SubmissionChangedMessage): Promise<void> {
    await this.redis
      .publish(submissionChannel(this.settings.redisNamespace, message.submissionId), JSON.stringify(message))
      .catch((err: Error) => this.logger.warn(`submission event not published: ${err.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
