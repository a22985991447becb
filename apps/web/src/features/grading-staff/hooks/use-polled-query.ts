import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type Problem, toProblem } from '../../../shared/graphql/problem';
import { useGraphqlClient } from '../../../shared/graphql/provider';

export interface PolledQuery<Data> {
  /** The latest answer; kept when a later refresh fails. */
  data: Data | null;
  /** When `data` was received. */
  receivedAt: Date | null;
  /** Why the latest refresh failed; null once one succeeds. */
  problem: Problem | null;
  /** Asks again now. */
  refresh: () => void;
}

const isVisible = () => document.visibilityState !== 'hidden';

/**
 * A query asked again `intervalMs` after each answer while the page is visible: a hidden tab
 * sends nothing, and coming back to it asks at once. The next refresh is scheduled only once
 * an answer arrived, so a slow API never has two of these in flight.
 */
export function usePolledQuery<Data, Variables extends AnyVariables>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  intervalMs: number,
): PolledQuery<Data> {
  const client = useGraphqlClient();
  const key = JSON.stringify(variables);
  const [state, setState] = useState<Omit<PolledQuery<Data>, 'refresh'>>({ data: null, receivedAt: null, problem: null });
  const [attempt, setAttempt] = useState(0);
  const refresh = useCallback(() => setAttempt((n) => n + 1), []);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let active = true;
    const ask = () => {
      clearTimeout(timer.current);
      void client
        .query(query, JSON.parse(key) as Variables)
        .toPromise()
        .then((result) => {
          if (!active) return;
          if (result.data && !result.error) setState({ data: result.data, receivedAt: new Date(), problem: null });
          else setState((s) => ({ ...s, problem: result.error ? toProblem(result.error) : { kind: 'graphql', code: 'UNKNOWN' } }));
          if (isVisible()) timer.current = setTimeout(ask, intervalMs);
        });
    };
    const onVisibility = () => {
      if (isVisible()) ask();
      else clearTimeout(timer.current);
    };
    ask();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      active = false;
      clearTimeout(timer.current);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [client, query, key, intervalMs, attempt]);

  return { ...state, refresh };
}
