import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type Problem, toProblem } from '../../../shared/graphql/problem';
import { useGraphqlClient } from '../../../shared/graphql/provider';

export type AuthoringQueryState<Data> = { phase: 'loading' } | { phase: 'ready'; data: Data } | { phase: 'failed'; problem: Problem };

/**
 * One query for one authoring screen, always from the network: an instructor must see what is
 * stored now, not what another tab saw. Answers to earlier variables are dropped.
 */
export function useAuthoringQuery<Data, Variables extends AnyVariables>(document: TypedDocumentNode<Data, Variables>, variables: Variables) {
  const client = useGraphqlClient();
  const key = JSON.stringify(variables);
  const [state, setState] = useState<AuthoringQueryState<Data>>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const generation = useRef(0);

  useEffect(() => {
    const gen = ++generation.current;
    void client
      .query(document, JSON.parse(key) as Variables, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        if (gen !== generation.current) return;
        if (result.data && !result.error) setState({ phase: 'ready', data: result.data });
        else setState({ phase: 'failed', problem: result.error ? toProblem(result.error) : { kind: 'graphql', code: 'UNKNOWN' } });
      });
    return () => {
      generation.current += 1;
    };
  }, [client, document, key, attempt]);

  const reload = useCallback(() => {
    setState({ phase: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  return { state, reload };
}
