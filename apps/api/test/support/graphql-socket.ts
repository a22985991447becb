import { submissionChannel } from '@sankofa/queue';
import { Client, createClient, type FormattedExecutionResult } from 'graphql-ws';
import type Redis from 'ioredis';
import WebSocket from 'ws';
import type { ApiUnderTest } from './api-under-test';

/** One `next` message of a subscription: data, or errors raised while resolving it. */
export type SubscriptionResult = FormattedExecutionResult<Record<string, unknown>, unknown>;

/** A graphql-ws client of the API, signed in with `token` when given. */
export function socketClient(api: ApiUnderTest, token?: string): Client {
  return createClient({
    url: `${api.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

/** One subscription's results, in order, and how it ended (errors, or the socket's close event); it lasts as long as its client. */
export class SubscriptionResults {
  private readonly results: SubscriptionResult[] = [];
  private ended: { error: unknown } | null = null;
  private wake: () => void = () => undefined;

  constructor(client: Client, query: string, variables: Record<string, unknown> = {}) {
    const changed = () => this.wake();
    client.subscribe(
      { query, variables },
      {
        next: (result) => {
          this.results.push(result);
          changed();
        },
        error: (error) => {
          this.ended = { error };
          changed();
        },
        complete: () => {
          this.ended ??= { error: null };
          changed();
        },
      },
    );
  }

  /** The next result; rejects with the error (GraphQL errors or a close event) if the subscription ends first. */
  async next(timeoutMs = 5000): Promise<SubscriptionResult> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const result = this.results.shift();
      if (result) return result;
      if (this.ended) throw this.ended.error ?? new Error('the subscription completed');
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no subscription result within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }
}

/**
 * Waits until `instances` API instances listen on the submission's channel: graphql-ws does not
 * acknowledge a subscription, and a message published before a server subscribes is lost to it.
 */
export async function submissionListened(redis: Redis, namespace: string, submissionId: string, instances = 1, timeoutMs = 5000): Promise<void> {
  const channel = submissionChannel(namespace, submissionId);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [, count] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
    if (Number(count) >= instances) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`fewer than ${instances} instances subscribed to ${channel} within ${timeoutMs} ms`);
}
