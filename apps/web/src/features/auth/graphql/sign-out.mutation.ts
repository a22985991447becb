import { gql, type TypedDocumentNode } from '@urql/core';

/** Revokes the refresh cookie's session on the server and clears the cookie. */
export const SignOutMutation: TypedDocumentNode<{ signOut: boolean }, Record<string, never>> = gql`
  mutation SignOut {
    signOut
  }
`;
