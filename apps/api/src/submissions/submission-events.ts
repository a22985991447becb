import { Inject, Injectable } from '@nestjs/common';
import { SETTINGS, Settings } from '@sankofa/config';
import { SubmissionChangedMessage, submissionChannel } from '@sankofa/queue';
import type { RedisPubSub } from 'graphql-redis-subscriptions';
import { channelEvents } from '../events/channel-events';
import { PUB_SUB } from '../events/pubsub.token';

/** Status changes of one submission, as the grader (or a regrade) publishes them. */
@Injectable()
export class SubmissionEvents {
  constructor(
    @Inject(PUB_SUB) private readonly pubSub: RedisPubSub,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  /** The submission's changes, starting with its state when the subscription is in place (nothing falls in between). */
  subscribe(current: SubmissionChangedMessage): AsyncIterableIterator<SubmissionChangedMessage> {
    return channelEvents(this.pubSub, submissionChannel(this.settings.redisNamespace, current.submissionId), current);
  }

  /** Best effort, like the grader's: the change is stored already and clients poll as a fallback. */
  async changed(message: SubmissionChangedMessage): Promise<void> {
    await this.pubSub.publish(submissionChannel(this.settings.redisNamespace, message.submissionId), message).catch(() => undefined);
  }
}
