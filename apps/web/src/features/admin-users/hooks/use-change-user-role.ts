import type { Role } from '@sankofa/domain';
import { useCallback } from 'react';
import type { User } from '../../../shared/graphql/user.fragment';
import { type MutationOutcome, useMutation } from '../../../shared/graphql/use-mutation';
import { ChangeUserRoleMutation } from '../graphql/change-user-role.mutation';

export function useChangeUserRole(): [{ pending: boolean }, (userId: string, role: Role) => Promise<MutationOutcome<User>>] {
  const [state, execute] = useMutation(ChangeUserRoleMutation);
  const change = useCallback(
    async (userId: string, role: Role): Promise<MutationOutcome<User>> => {
      const outcome = await execute({ input: { userId, role } });
      return outcome.ok ? { ok: true, data: outcome.data.changeUserRole } : outcome;
    },
    [execute],
  );
  return [state, change];
}
