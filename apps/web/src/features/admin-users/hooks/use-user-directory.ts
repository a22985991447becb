import type { Role } from '@sankofa/domain';
import { useCallback } from 'react';
import { useGraphqlClient } from '../../../shared/graphql/provider';
import { useCursorPages } from '../../../shared/graphql/use-cursor-pages';
import type { User } from '../../../shared/graphql/user.fragment';
import { UsersQuery } from '../graphql/users.query';

export const USERS_PAGE_SIZE = 20;

export interface DirectoryFilter {
  search: string;
  role: Role | null;
}

const idOf = (user: User) => user.id;

/** The admin's user list: one filter at a time, pages appended with a cursor. */
export function useUserDirectory(filter: DirectoryFilter) {
  const client = useGraphqlClient();
  const search = filter.search.trim() || null;
  const fetchPage = useCallback(
    async (after: string | null) => {
      const result = await client.query(UsersQuery, { first: USERS_PAGE_SIZE, after, search, role: filter.role }).toPromise();
      return { page: result.data?.users, error: result.error };
    },
    [client, search, filter.role],
  );
  const { items, setItems, ...rest } = useCursorPages(`${filter.role ?? ''}\u0000${search ?? ''}`, fetchPage, idOf);

  /** Puts a user returned by a mutation in place of the listed one. */
  const replaceUser = useCallback((user: User) => setItems((users) => users.map((u) => (u.id === user.id ? user : u))), [setItems]);

  return { ...rest, users: items, replaceUser };
}
