import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type Problem, toProblem } from './problem';
import { useGraphqlClient } from './provider';

export type MutationOutcome<Data> = { ok: true; data: Data } | { ok: false; problem: Problem };

/**
 * Runs a mutation and reports `pending`; the outcome is returned to the caller (forms map
 * problems to fields) rather than kept in state.
 */
export function useMutation<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
): [{ pending: boolean }, (variables: Variables) => Promise<MutationOutcome<Data>>] {
  const client = useGraphqlClient();
  const [pendingCount, setPendingCount] = useState(0);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const execute = useCallback(
    async (variables: Variables): Promise<MutationOutcome<Data>> => {
      setPendingCount((n) => n + 1);
      try {
        const result = await client.mutation(document, variables).toPromise();
        if (result.error) return { ok: false, problem: toProblem(result.error) };
        if (!result.data) return { ok: false, problem: { kind: 'graphql', code: 'UNKNOWN' } };
        return { ok: true, data: result.data };
      } finally {
        if (mounted.current) setPendingCount((n) => n - 1);
      }
    },
    [client, document],
  );

  return [{ pending: pendingCount > 0 }, execute];
}
