import type { Role } from '@sankofa/domain';
import { gql, type TypedDocumentNode } from '@urql/core';
import { type User, UserFields } from '../../../shared/graphql/user.fragment';

export interface UsersVariables {
  first: number;
  after?: string | null;
  search?: string | null;
  role?: Role | null;
}

export interface UsersData {
  users: {
    edges: { cursor: string; node: User }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    totalCount: number;
  };
}

export const UsersQuery: TypedDocumentNode<UsersData, UsersVariables> = gql`
  query Users($first: Int!, $after: String, $search: String, $role: Role) {
    users(first: $first, after: $after, search: $search, role: $role) {
      edges {
        cursor
        node {
          ...UserFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
  ${UserFields}
`;
