import { type Client as GraphqlClient, stringifyDocument } from '@urql/core';
import type { Client as SocketClient } from 'graphql-ws/client';
import type { Submission } from '../graphql/submission.fragment';
import { SubmissionQuery } from '../graphql/submission.query';
import { type SubmissionUpdatedData, SubmissionUpdatedSubscription } from '../graphql/submission-updated.subscription';

export const POLL_INTERVAL_MS = 1500;
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
 * the socket fails, asked for every 1.5 s (backing off while requests fail). One query at the
 * start catches up on any change made before the socket was listening. Returns the stop.
 */
export function followSubmission({ id, client, socket, onUpdate, onPolling }: FollowOptions): () => void {
  let stopped = false;
  let polling = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const fetchOnce = async (): Promise<boolean> => {
    const result = await client.query(SubmissionQuery, { id }).toPromise();
    if (!stopped && result.data) onUpdate(result.data.submission);
    return !!result.data;
  };

  const poll = (delay: number) => {
    timer = setTimeout(() => {
      void fetchOnce().then((ok) => {
        if (!stopped) poll(ok ? POLL_INTERVAL_MS : Math.min(delay * 2, MAX_POLL_INTERVAL_MS));
      });
    }, delay);
  };

  const fallBackToPolling = () => {
    if (stopped || polling) return;
    polling = true;
    onPolling?.();
    poll(POLL_INTERVAL_MS);
  };

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

  return () => {
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
  };
}
