import { gql, type TypedDocumentNode } from '@urql/core';
import { UserFields } from '../../../shared/graphql/user.fragment';
import type { AuthPayload } from './auth-payload';

export interface SignUpVariables {
  input: { email: string; password: string; displayName: string; locale?: string };
}

export const SignUpMutation: TypedDocumentNode<{ signUp: AuthPayload }, SignUpVariables> = gql`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      accessToken
      accessTokenExpiresAt
      user {
        ...UserFields
      }
    }
  }
  ${UserFields}
`;
