import type { Role } from '@sankofa/domain';
import { gql, type TypedDocumentNode } from '@urql/core';
import { type User, UserFields } from '../../../shared/graphql/user.fragment';

export interface ChangeUserRoleVariables {
  input: { userId: string; role: Role };
}

export const ChangeUserRoleMutation: TypedDocumentNode<{ changeUserRole: User }, ChangeUserRoleVariables> = gql`
  mutation ChangeUserRole($input: ChangeUserRoleInput!) {
    changeUserRole(input: $input) {
      ...UserFields
    }
  }
  ${UserFields}
`;
