import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type Problem, toProblem } from '../../../shared/graphql/problem';
import { useGraphqlClient } from '../../../shared/graphql/provider';

export type QueryState<Data> =
  | { phase: 'loading'; data: null; problem: null }
  | { phase: 'ready'; data: Data; problem: null }
  | { phase: 'failed'; data: null; problem: Problem };

export interface QueryResult<Data> {
  state: QueryState<Data>;
  /** Asks again (after an error, or to refresh after a change). */
  reload: () => void;
  /** Replaces the shown data with what a mutation returned, without a round trip. */
  update: (change: (data: Data) => Data) => void;
}

const loading = { phase: 'loading', data: null, problem: null } as const;

/**
 * One query for one screen. The variables are compared by value, so a page re-renders freely;
 * answers to variables the screen no longer shows are dropped.
 */
export function useQuery<Data, Variables extends AnyVariables>(document: TypedDocumentNode<Data, Variables>, variables: Variables): QueryResult<Data> {
  const client = useGraphqlClient();
  const key = JSON.stringify(variables);
  const [state, setState] = useState<QueryState<Data>>(loading);
  const [attempt, setAttempt] = useState(0);
  const [shownKey, setShownKey] = useState(key);
  // Other variables (another course, say) must not show the previous one's data meanwhile.
  if (shownKey !== key) {
    setShownKey(key);
    setState(loading);
  }
  const generation = useRef(0);

  useEffect(() => {
    const gen = ++generation.current;
    void client
      .query(document, JSON.parse(key) as Variables)
      .toPromise()
      .then((result) => {
        if (gen !== generation.current) return;
        if (result.data && !result.error) setState({ phase: 'ready', data: result.data, problem: null });
        else setState({ phase: 'failed', data: null, problem: result.error ? toProblem(result.error) : { kind: 'graphql', code: 'UNKNOWN' } });
      });
    return () => {
      generation.current += 1;
    };
  }, [client, document, key, attempt]);

  const reload = useCallback(() => {
    setState(loading);
    setAttempt((n) => n + 1);
  }, []);

  const update = useCallback((change: (data: Data) => Data) => {
    setState((s) => (s.phase === 'ready' ? { ...s, data: change(s.data) } : s));
  }, []);

  return { state, reload, update };
}
