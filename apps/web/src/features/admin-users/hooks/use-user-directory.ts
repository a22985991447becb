import type { Role } from '@sankofa/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type Problem, toProblem } from '../../../shared/graphql/problem';
import { useGraphqlClient } from '../../../shared/graphql/provider';
import type { User } from '../../../shared/graphql/user.fragment';
import { UsersQuery } from '../graphql/users.query';

export const USERS_PAGE_SIZE = 20;

export interface DirectoryFilter {
  search: string;
  role: Role | null;
}

export interface DirectoryState {
  users: User[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
  /** 'loading' is the first page of a filter; 'loadingMore' a following one. */
  phase: 'loading' | 'loadingMore' | 'idle';
  problem: Problem | null;
}

const initial: DirectoryState = { users: [], totalCount: 0, endCursor: null, hasNextPage: false, phase: 'loading', problem: null };

/** The admin's user list: one filter at a time, pages appended with a cursor. */
export function useUserDirectory(filter: DirectoryFilter) {
  const client = useGraphqlClient();
  const [state, setState] = useState<DirectoryState>(initial);
  // Answers to an older filter (or to a page the user no longer waits for) are dropped.
  const generation = useRef(0);

  const fetchPage = useCallback(
    (after: string | null, gen: number) =>
      client
        .query(UsersQuery, { first: USERS_PAGE_SIZE, after, search: filter.search.trim() || null, role: filter.role })
        .toPromise()
        .then((result) => {
          if (gen !== generation.current) return;
          const page = result.data?.users;
          if (!page) {
            const problem: Problem = result.error ? toProblem(result.error) : { kind: 'graphql', code: 'UNKNOWN' };
            setState((s) => ({ ...s, phase: 'idle', problem }));
            return;
          }
          setState((s) => {
            // Rows can shift between pages (sign-ups, role changes): never list a user twice.
            const known = new Set(after ? s.users.map((u) => u.id) : []);
            const added = page.edges.map((edge) => edge.node).filter((u) => !known.has(u.id));
            return {
              users: after ? [...s.users, ...added] : added,
              totalCount: page.totalCount,
              endCursor: page.pageInfo.endCursor,
              hasNextPage: page.pageInfo.hasNextPage,
              phase: 'idle',
              problem: null,
            };
          });
        }),
    [client, filter.search, filter.role],
  );

  // A new filter starts from an empty list (set during render, as React recommends for state
  // derived from props, rather than in an effect).
  const filterKey = `${filter.role ?? ''}\u0000${filter.search.trim()}`;
  const [shownKey, setShownKey] = useState(filterKey);
  if (shownKey !== filterKey) {
    setShownKey(filterKey);
    setState(initial);
  }
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const gen = ++generation.current;
    void fetchPage(null, gen);
    return () => {
      generation.current += 1;
    };
  }, [fetchPage, attempt]);

  /** Fetches the first page again (after an error). */
  const reload = useCallback(() => {
    setState(initial);
    setAttempt((n) => n + 1);
  }, []);

  const loadMore = useCallback(() => {
    if (state.phase !== 'idle' || !state.hasNextPage) return;
    setState((s) => ({ ...s, phase: 'loadingMore', problem: null }));
    void fetchPage(state.endCursor, generation.current);
  }, [fetchPage, state.phase, state.hasNextPage, state.endCursor]);

  /** Puts a user returned by a mutation in place of the listed one. */
  const replaceUser = useCallback((user: User) => {
    setState((s) => ({ ...s, users: s.users.map((u) => (u.id === user.id ? user : u)) }));
  }, []);

  return { ...state, reload, loadMore, replaceUser };
}
