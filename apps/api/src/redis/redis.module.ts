import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { SETTINGS, Settings } from '@sankofa/config';
import Redis from 'ioredis';

/** The API's general-purpose Redis client (rate limits, health). Connects on first use. */
export const REDIS = Symbol('REDIS');

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [SETTINGS],
      useFactory: (settings: Settings) => watchRedis(new Redis(settings.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2, enableOfflineQueue: true }), 'redis'),
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await closeRedis(this.redis);
  }
}

const logger = new Logger('Redis');
const lastReported = new Map<string, string>();

/**
 * Reports a client's connection errors once per distinct message (ioredis retries on its own;
 * without a listener it prints "Unhandled error event" on every attempt).
 */
export function watchRedis(redis: Redis, name: string): Redis {
  redis.on('error', (err: Error) => {
    if (lastReported.get(name) === err.message) return;
    lastReported.set(name, err.message);
    logger.warn(`${name}: ${err.message}`);
  });
  redis.on('ready', () => lastReported.delete(name));
  return redis;
}

/** Quits a connected client politely; any other (never connected, or retrying) is dropped. */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status !== 'ready') {
    redis.disconnect();
    return;
  }
  await redis.quit().catch(() => redis.disconnect());
}
