import { Inject, Injectable, Logger } from '@nestjs/common';
import { SETTINGS, Settings } from '@sankofa/config';
import type { UserEntity } from '@sankofa/db';
import { pubSubChannel } from '@sankofa/queue';
import type { RedisPubSub } from 'graphql-redis-subscriptions';
import { PUB_SUB } from './pubsub.token';

export interface AccountUpdatedEvent {
  myAccountUpdated: Pick<UserEntity, 'id' | 'email' | 'displayName' | 'role' | 'locale' | 'createdAt'>;
}

/** Account changes pushed to the account's own open sessions (e.g. a new role). */
@Injectable()
export class AccountEvents {
  private readonly logger = new Logger(AccountEvents.name);

  constructor(
    @Inject(PUB_SUB) private readonly pubSub: RedisPubSub,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  channel(userId: string): string {
    return pubSubChannel(this.settings.redisNamespace, `account:${userId}`);
  }

  async accountUpdated(user: UserEntity): Promise<void> {
    const { id, email, displayName, role, locale, createdAt } = user;
    const event: AccountUpdatedEvent = { myAccountUpdated: { id, email, displayName, role, locale, createdAt } };
    // Best effort: the change is already stored; a missed push is caught up on the next load.
    await this.pubSub.publish(this.channel(id), event).catch((err: Error) => this.logger.warn(`account event not published: ${err.message}`));
  }

  subscribe(userId: string): AsyncIterableIterator<AccountUpdatedEvent> {
    return this.pubSub.asyncIterableIterator<AccountUpdatedEvent>(this.channel(userId));
  }
}
