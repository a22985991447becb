import { type Client as GraphqlClient, stringifyDocument } from '@urql/core';
import type { Client as SocketClient } from 'graphql-ws/client';
import type { Submission } from '../graphql/submission.fragment';
import { SubmissionQuery } from '../graphql/submission.query';
import { type SubmissionUpdatedData, SubmissionUpdatedSubscription } from '../graphql/submission-updated.subscription';

/** How often the status is asked for when the socket has failed. */
export const POLL_INTERVAL_MS = 1500;
/**
 * How often it is asked for while the socket is up. The server subscribes a moment after the
 * socket says it is connected; a grading that ends in that moment (a quiz takes milliseconds)
 * publishes an event nobody hears. This slow poll heals that; it rarely has anything to do.
 */
export const SOCKET_UP_POLL_INTERVAL_MS = 5000;
const MAX_POLL_INTERVAL_MS = 30_000;

export interface FollowOptions {
  id: string;
  client: GraphqlClient;
  socket: SocketClient;
  onUpdate: (submission: Submission) => void;
  /** Called once if the socket fails and polling takes over. */
  onPolling?: () => void;
}

/**
 * Follows a submission until stopped: pushed by the `submissionUpdated` subscription, or, when
 * the socket fails, asked for every 1.5 s (backing off while requests fail). It is also asked
 * for at the start and once the socket is connected, to catch up on changes made before the
 * server was listening. Returns the stop.
 */
export function followSubmission({ id, client, socket, onUpdate, onPolling }: FollowOptions): () => void {
  let stopped = false;
  let interval = SOCKET_UP_POLL_INTERVAL_MS;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const fetchOnce = async (): Promise<boolean> => {
    const result = await client.query(SubmissionQuery, { id }).toPromise();
    if (!stopped && result.data) onUpdate(result.data.submission);
    return !!result.data;
  };

  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      void fetchOnce().then((ok) => {
        failures = ok ? 0 : failures + 1;
        if (!stopped) schedule(Math.min(interval * 2 ** failures, MAX_POLL_INTERVAL_MS));
      });
    }, delay);
  };

  const fallBackToPolling = () => {
    if (stopped || interval === POLL_INTERVAL_MS) return;
    interval = POLL_INTERVAL_MS;
    onPolling?.();
    schedule(POLL_INTERVAL_MS);
  };

  const stopCatchingUp = socket.on('connected', () => void fetchOnce());
  const unsubscribe = socket.subscribe<SubmissionUpdatedData>(
    { query: stringifyDocument(SubmissionUpdatedSubscription), variables: { id } },
    {
      next: (result) => {
        if (result.data && !stopped) onUpdate(result.data.submissionUpdated);
        else if (result.errors?.length) fallBackToPolling();
      },
      error: fallBackToPolling,
      // The server ends the stream only when it shuts down: keep following by asking.
      complete: fallBackToPolling,
    },
  );
  void fetchOnce();
  schedule(interval);

  return () => {
    stopped = true;
    clearTimeout(timer);
    stopCatchingUp();
    unsubscribe();
  };
}
