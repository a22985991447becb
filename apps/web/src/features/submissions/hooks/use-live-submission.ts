import { isPendingStatus } from '@sankofa/domain';
import { useEffect, useState } from 'react';
import { useGraphqlClient } from '../../../shared/graphql/provider';
import { useSessionStore } from '../../auth/hooks/use-session';
import type { Submission, SubmissionSummary } from '../graphql/submission.fragment';
import { followSubmission } from '../live/follow-submission';
import { liveSocket } from '../live/live-socket';
import { latestUpdate } from '../model/latest-update';

/**
 * A submission kept current while it waits or runs: pushed over the socket, polled when the
 * socket fails. Following stops once its status is final. `onUpdate` hears every state received
 * (the history of attempts keeps each one current with it).
 */
export function useLiveSubmission(submission: Submission | SubmissionSummary | null, onUpdate: (submission: Submission) => void) {
  const client = useGraphqlClient();
  const session = useSessionStore();
  const [shown, setShown] = useState(submission);
  const [source, setSource] = useState(submission);
  const [polling, setPolling] = useState(false);
  // Another submission to follow (a new attempt): start over from it.
  if (source !== submission) {
    setSource(submission);
    setShown(submission);
    setPolling(false);
  }

  const id = shown?.id;
  const pending = !!shown && isPendingStatus(shown.status);
  useEffect(() => {
    if (!id || !pending) return;
    return followSubmission({
      id,
      client,
      socket: liveSocket(session),
      onUpdate: (next) => {
        setShown((current) => (current && current.id === next.id ? latestUpdate<SubmissionSummary>(current, next) : current));
        onUpdate(next);
      },
      onPolling: () => setPolling(true),
    });
  }, [id, pending, client, session, onUpdate]);

  return { submission: shown, polling };
}
