import type { Role } from '@sankofa/domain';
import { gql } from '@urql/core';

/** The user as every screen of the shell sees it (GraphQL type `User`). */
export interface User {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  locale: string;
  /** ISO 8601 (`DateTime` scalar). */
  createdAt: string;
}

export const UserFields = gql`
  fragment UserFields on User {
    id
    email
    displayName
    role
    locale
    createdAt
  }
`;
