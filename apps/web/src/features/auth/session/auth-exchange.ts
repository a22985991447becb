import { ErrorCode } from '@sankofa/domain';
import { type Exchange, makeOperation, mapExchange, type Operation } from '@urql/core';
import { hasErrorCode } from '../../../shared/graphql/problem';

/** What the exchange needs from the session (the SessionStore in the app). */
export interface BearerSource {
  bearerForRequest(): string | null | Promise<string | null>;
  tokenRejected(): void;
}

function withBearer(operation: Operation, token: string): Operation {
  const { fetchOptions } = operation.context;
  const base = (typeof fetchOptions === 'function' ? fetchOptions() : fetchOptions) ?? {};
  return makeOperation(operation.kind, operation, {
    ...operation.context,
    sentBearer: true,
    fetchOptions: { ...base, headers: { ...(base.headers as Record<string, string> | undefined), authorization: `Bearer ${token}` } },
  });
}

/**
 * Attaches the in-memory access token (refreshing it first when due) and reports the server
 * refusing it. Operations marked `skipAuth` (refreshSession, signOut) pass untouched.
 */
export function authExchange(session: BearerSource): Exchange {
  return mapExchange({
    onOperation(operation) {
      if (operation.kind === 'teardown' || operation.context['skipAuth']) return operation;
      const bearer = session.bearerForRequest();
      if (bearer === null) return operation;
      if (typeof bearer === 'string') return withBearer(operation, bearer);
      return bearer.then((token) => (token ? withBearer(operation, token) : operation));
    },
    onResult(result) {
      if (result.operation.context['sentBearer'] && hasErrorCode(result.error, ErrorCode.UNAUTHENTICATED)) session.tokenRejected();
    },
  });
}
