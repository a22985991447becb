import type { CombinedError } from '@urql/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type Problem, toProblem } from './problem';

/** One page of a Relay-style connection, as the API returns it. */
export interface ConnectionPage<TNode> {
  edges: ReadonlyArray<{ node: TNode }>;
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

export interface CursorPagesState<TNode> {
  items: TNode[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
  /** 'loading' is the first page of a query; 'loadingMore' a following one. */
  phase: 'loading' | 'loadingMore' | 'idle';
  problem: Problem | null;
}

function initial<TNode>(): CursorPagesState<TNode> {
  return { items: [], totalCount: 0, endCursor: null, hasNextPage: false, phase: 'loading', problem: null };
}

/**
 * A list read page by page with a cursor ("Load more"). `fetchPage` asks for the page after a
 * cursor; a new `key` (the filter) starts again from an empty list, and answers to an older key
 * are dropped. Rows can shift between pages (new sign-ups, new courses): `idOf` keeps an item
 * from being listed twice.
 */
export function useCursorPages<TNode>(
  key: string,
  fetchPage: (after: string | null) => Promise<{ page: ConnectionPage<TNode> | null | undefined; error?: CombinedError }>,
  idOf: (node: TNode) => string,
) {
  const [state, setState] = useState<CursorPagesState<TNode>>(initial);
  const generation = useRef(0);

  const load = useCallback(
    (after: string | null, gen: number) =>
      fetchPage(after).then(({ page, error }) => {
        if (gen !== generation.current) return;
        if (!page) {
          const problem: Problem = error ? toProblem(error) : { kind: 'graphql', code: 'UNKNOWN' };
          setState((s) => ({ ...s, phase: 'idle', problem }));
          return;
        }
        setState((s) => {
          const known = new Set(after ? s.items.map(idOf) : []);
          const added = page.edges.map((edge) => edge.node).filter((node) => !known.has(idOf(node)));
          return {
            items: after ? [...s.items, ...added] : added,
            totalCount: page.totalCount,
            endCursor: page.pageInfo.endCursor,
            hasNextPage: page.pageInfo.hasNextPage,
            phase: 'idle',
            problem: null,
          };
        });
      }),
    [fetchPage, idOf],
  );

  // A new key starts from an empty list (set during render, as React recommends for state
  // derived from props, rather than in an effect).
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setState(initial<TNode>());
  }
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const gen = ++generation.current;
    void load(null, gen);
    return () => {
      generation.current += 1;
    };
  }, [load, attempt]);

  /** Fetches the first page again (after an error). */
  const reload = useCallback(() => {
    setState(initial<TNode>());
    setAttempt((n) => n + 1);
  }, []);

  const loadMore = useCallback(() => {
    if (state.phase !== 'idle' || !state.hasNextPage) return;
    setState((s) => ({ ...s, phase: 'loadingMore', problem: null }));
    void load(state.endCursor, generation.current);
  }, [load, state.phase, state.hasNextPage, state.endCursor]);

  /** Replaces listed items (e.g. with what a mutation returned). */
  const setItems = useCallback((update: (items: TNode[]) => TNode[]) => setState((s) => ({ ...s, items: update(s.items) })), []);

  return { ...state, setItems, reload, loadMore };
}
