import type { User } from '../../../shared/graphql/user.fragment';

/** GraphQL `AuthPayload`: what sign-up, sign-in and refresh return. */
export interface AuthPayload {
  accessToken: string;
  /** ISO 8601, by the server's clock. */
  accessTokenExpiresAt: string;
  user: User;
}
