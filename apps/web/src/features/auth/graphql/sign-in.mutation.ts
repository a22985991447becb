import { gql, type TypedDocumentNode } from '@urql/core';
import { UserFields } from '../../../shared/graphql/user.fragment';
import type { AuthPayload } from './auth-payload';

export interface SignInVariables {
  input: { email: string; password: string };
}

export const SignInMutation: TypedDocumentNode<{ signIn: AuthPayload }, SignInVariables> = gql`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      accessToken
      accessTokenExpiresAt
      user {
        ...UserFields
      }
    }
  }
  ${UserFields}
`;
