import { gql, type TypedDocumentNode } from '@urql/core';
import { UserFields } from '../../../shared/graphql/user.fragment';
import type { AuthPayload } from './auth-payload';

/** Reads the httpOnly refresh cookie, rotates it and returns a new access token. */
export const RefreshSessionMutation: TypedDocumentNode<{ refreshSession: AuthPayload }, Record<string, never>> = gql`
  mutation RefreshSession {
    refreshSession {
      accessToken
      accessTokenExpiresAt
      user {
        ...UserFields
      }
    }
  }
  ${UserFields}
`;
