import { type Client as GraphqlClient, stringifyDocument } from '@urql/core';
import type { Client as SocketClient } from 'graphql-ws/client';
import { isPendingStatus } from '@sankofa/domain';
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
 * Follows a submission until stopped: its status pushed by the `submissionUpdated` subscription
 * (the result asked for once a final status arrives), or, when the socket fails, asked for every
 * 1.5 s (backing off while requests fail). It is also asked for at the start and once the socket
 * is connected, to catch up on changes made before the server was listening. Returns the stop.
 */
export function followSubmission({ id, client, socket, onUpdate, onPolling }: FollowOptions): () => void {
  let stopped = false;
  let interval = SOCKET_UP_POLL_INTERVAL_MS;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The last full state asked for: a pushed status change applies to it. */
  let known: Submission | null = null;

  const fetchOnce = async (): Promise<boolean> => {
    const result = await client.query(SubmissionQuery, { id }).toPromise();
    if (!stopped && result.data) {
      known = result.data.submission;
      onUpdate(known);
    }
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
        const pushed = result.data?.submissionUpdated;
        if (pushed && !stopped) {
          // Still waiting or running: the status is all that changed. Final: ask for the result.
          if (!isPendingStatus(pushed.status)) void fetchOnce();
          else if (known) onUpdate({ ...known, ...pushed });
        } else if (result.errors?.length) fallBackToPolling();
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
