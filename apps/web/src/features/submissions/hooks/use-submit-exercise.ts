import { useCallback, useEffect, useRef, useState } from 'react';
import type { Problem } from '../../../shared/graphql/problem';
import { useMutation } from '../../../shared/graphql/use-mutation';
import type { Submission } from '../graphql/submission.fragment';
import { type SubmissionContent, SubmitExerciseMutation } from '../graphql/submit-exercise.mutation';
import type { ExerciseScope } from '../model/exercise-scope';
import { clearPendingSubmit, loadPendingSubmit, newPendingSubmit, type PendingSubmit, sameContent, savePendingSubmit } from '../model/pending-submit';

export type SubmitState =
  | { phase: 'idle' }
  | { phase: 'sending' }
  /** Not sent for lack of a connection; sent again when the browser is back online. */
  | { phase: 'waitingForNetwork'; keptOnDevice: boolean }
  /** The API answered with a refusal (rate limit, not enrolled, too large…). */
  | { phase: 'refused'; problem: Problem };

/** The submission not yet confirmed by the API, and whether this device stored it. */
interface Unsent {
  pending: PendingSubmit;
  keptOnDevice: boolean;
}

const isOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false;

/**
 * Hands a submission in, and makes sure it arrives once. It is written to this device before
 * it is sent and forgotten only when the API has answered: a dropped connection keeps it
 * (sent again when the browser is back online, or when the learner returns to the exercise),
 * and every sending of it carries the same idempotency key, so the API stores it once.
 */
export function useSubmitExercise(scope: ExerciseScope, onAccepted: (submission: Submission) => void) {
  const [, execute] = useMutation(SubmitExerciseMutation);
  const { userId, courseSlug, exerciseSlug } = scope;
  // A submission left unconfirmed on an earlier visit (offline, or the tab closed while it was
  // on its way) is sent again: if it did arrive, its key makes the API return that one. The
  // page is remounted for another exercise, so this is read once.
  const [restored] = useState<Unsent | null>(() => {
    const pending = loadPendingSubmit(scope);
    return pending ? { pending, keptOnDevice: true } : null;
  });
  const unsent = useRef<Unsent | null>(restored);
  const [state, setState] = useState<SubmitState>(() => (!restored ? { phase: 'idle' } : isOnline() ? { phase: 'sending' } : { phase: 'waitingForNetwork', keptOnDevice: true }));
  const [submission, setSubmission] = useState<Submission | null>(null);

  const send = useCallback(
    async (entry: Unsent) => {
      const { idempotencyKey, content } = entry.pending;
      const outcome = await execute({ input: { courseSlug, exerciseSlug, idempotencyKey, ...content } });
      // A newer submission replaced this one while it was on its way: this answer is stale.
      if (unsent.current !== entry) return;
      if (!outcome.ok && outcome.problem.kind === 'network') {
        setState({ phase: 'waitingForNetwork', keptOnDevice: entry.keptOnDevice });
        return;
      }
      unsent.current = null;
      clearPendingSubmit({ userId, courseSlug, exerciseSlug });
      if (outcome.ok) {
        setSubmission(outcome.data.submitExercise);
        setState({ phase: 'idle' });
        onAccepted(outcome.data.submitExercise);
      } else {
        setState({ phase: 'refused', problem: outcome.problem });
      }
    },
    [execute, onAccepted, userId, courseSlug, exerciseSlug],
  );

  const deliver = useCallback(
    (entry: Unsent) => {
      if (!isOnline()) {
        setState({ phase: 'waitingForNetwork', keptOnDevice: entry.keptOnDevice });
        return;
      }
      setState({ phase: 'sending' });
      void send(entry);
    },
    [send],
  );

  useEffect(() => {
    if (restored && unsent.current === restored && isOnline()) void send(restored);
  }, [restored, send]);

  const waiting = state.phase === 'waitingForNetwork';
  useEffect(() => {
    if (!waiting) return;
    const onOnline = () => {
      if (unsent.current) deliver(unsent.current);
    };
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [waiting, deliver]);

  /** Submits; pressing again with the same content after a failure reuses the same key. */
  const submit = useCallback(
    (content: SubmissionContent) => {
      if (state.phase === 'sending') return;
      let entry = unsent.current;
      if (!entry || !sameContent(entry.pending.content, content)) {
        const pending = newPendingSubmit(content);
        entry = { pending, keptOnDevice: savePendingSubmit({ userId, courseSlug, exerciseSlug }, pending) };
        unsent.current = entry;
      }
      deliver(entry);
    },
    [state.phase, deliver, userId, courseSlug, exerciseSlug],
  );

  /** "Send now": tries the waiting submission again without waiting for the browser's signal. */
  const retry = useCallback(() => {
    if (unsent.current) deliver(unsent.current);
  }, [deliver]);

  /** Gives up on a submission that could not be sent (the learner's input stays in the form). */
  const discard = useCallback(() => {
    unsent.current = null;
    clearPendingSubmit({ userId, courseSlug, exerciseSlug });
    setState({ phase: 'idle' });
  }, [userId, courseSlug, exerciseSlug]);

  return { state, submission, submit, retry, discard };
}
