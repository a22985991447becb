import type { RedisPubSub } from 'graphql-redis-subscriptions';

/**
 * The messages of one pub/sub channel as an async iterator, starting with `first` once Redis
 * has confirmed the subscription. A subscriber that reads the current state and then
 * subscribes could miss a change made in between; one that is given the state after the
 * subscription is in place misses nothing.
 */
export function channelEvents<T>(pubSub: RedisPubSub, channel: string, first: T): AsyncIterableIterator<T> {
  const buffer: T[] = [];
  const waiting: Array<{ resolve: (result: IteratorResult<T>) => void; reject: (error: unknown) => void }> = [];
  let finished = false;
  let failure: unknown = null;

  const push = (value: T) => {
    if (finished) return;
    const waiter = waiting.shift();
    if (waiter) waiter.resolve({ value, done: false });
    else buffer.push(value);
  };
  const subscription = pubSub.subscribe<T>(channel, push).then(
    (id) => {
      push(first);
      return id;
    },
    (error: unknown) => {
      failure = error;
      for (const waiter of waiting.splice(0)) waiter.reject(error);
      return null;
    },
  );
  const finish = async () => {
    if (finished) return;
    finished = true;
    for (const waiter of waiting.splice(0)) waiter.resolve({ value: undefined, done: true });
    const id = await subscription;
    if (id !== null) pubSub.unsubscribe(id);
  };

  return {
    next(): Promise<IteratorResult<T>> {
      if (buffer.length) return Promise.resolve({ value: buffer.shift() as T, done: false });
      if (failure !== null) return Promise.reject(failure);
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    async return(): Promise<IteratorResult<T>> {
      await finish();
      return { value: undefined, done: true };
    },
    async throw(error: unknown): Promise<IteratorResult<T>> {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
