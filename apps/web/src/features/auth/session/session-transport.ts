import { ErrorCode } from '@sankofa/domain';
import type { Client } from '@urql/core';
import { hasErrorCode } from '../../../shared/graphql/problem';
import { RefreshSessionMutation } from '../graphql/refresh-session.mutation';
import { SignOutMutation } from '../graphql/sign-out.mutation';
import type { RefreshOutcome, SessionTransport } from './session-store';

// Both operations authenticate with the cookie; they must not wait for a token refresh
// (the refresh is what they are).
const context = { skipAuth: true } as const;

export function createSessionTransport(client: Client): SessionTransport {
  return {
    async refresh(): Promise<RefreshOutcome> {
      const result = await client.mutation(RefreshSessionMutation, {}, context).toPromise();
      if (result.data?.refreshSession) return { kind: 'ok', payload: result.data.refreshSession };
      // Only UNAUTHENTICATED means "no session"; rate limits, server errors and a lost
      // connection say nothing about the cookie.
      return hasErrorCode(result.error, ErrorCode.UNAUTHENTICATED) ? { kind: 'rejected' } : { kind: 'unavailable' };
    },
    async revoke() {
      const result = await client.mutation(SignOutMutation, {}, context).toPromise();
      return result.error && result.error.graphQLErrors.length === 0 ? 'unavailable' : 'done';
    },
  };
}
