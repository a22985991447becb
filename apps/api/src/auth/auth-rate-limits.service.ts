import { Inject, Injectable } from '@nestjs/common';
import { SETTINGS, Settings } from '@sankofa/config';
import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitedError } from '../common/app-error';
import { REDIS } from '../redis/redis.module';

/**
 * Brute-force protection shared by every API instance (counters live in Redis, under the
 * deployment's namespace). Only failed sign-ins count; a success clears the pair's counter.
 * If Redis is unreachable an in-process limiter takes over rather than letting everything in.
 */
@Injectable()
export class AuthRateLimits {
  private readonly signInFailuresByAccount: RateLimiterRedis;
  private readonly signInFailuresByAddress: RateLimiterRedis;
  private readonly signUpsByAddress: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(SETTINGS) settings: Settings) {
    const make = (name: string, points: number, duration: number) =>
      new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${settings.redisNamespace}:ratelimit:${name}`,
        points,
        duration,
        blockDuration: duration,
        insuranceLimiter: new RateLimiterMemory({ points, duration, blockDuration: duration }),
      });
    this.signInFailuresByAccount = make('sign-in-account', settings.signInFailuresPer15Min, 15 * 60);
    this.signInFailuresByAddress = make('sign-in-address', settings.signInFailuresPer15Min * 10, 60 * 60);
    this.signUpsByAddress = make('sign-up-address', settings.signUpsPerHour, 60 * 60);
  }

  /** Throws RATE_LIMITED while this e-mail/address pair or this address is blocked. */
  async assertSignInAllowed(email: string, ip: string): Promise<void> {
    const [byAccount, byAddress] = await Promise.all([this.signInFailuresByAccount.get(`${email}|${ip}`), this.signInFailuresByAddress.get(ip)]);
    for (const [state, limiter] of [
      [byAccount, this.signInFailuresByAccount],
      [byAddress, this.signInFailuresByAddress],
    ] as const) {
      if (state && state.consumedPoints >= limiter.points) throw new RateLimitedError(secondsOf(state));
    }
  }

  async recordSignInFailure(email: string, ip: string): Promise<void> {
    await Promise.all([this.signInFailuresByAccount.consume(`${email}|${ip}`), this.signInFailuresByAddress.consume(ip)]).catch(rethrowLimited);
  }

  async recordSignInSuccess(email: string, ip: string): Promise<void> {
    await this.signInFailuresByAccount.delete(`${email}|${ip}`);
  }

  async consumeSignUp(ip: string): Promise<void> {
    await this.signUpsByAddress.consume(ip).catch(rethrowLimited);
  }
}

function secondsOf(state: RateLimiterRes): number {
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}

function rethrowLimited(rejection: unknown): never {
  if (rejection instanceof RateLimiterRes) throw new RateLimitedError(secondsOf(rejection));
  throw rejection;
}
