import { Role } from '@sankofa/domain';
import { vi } from 'vitest';
import type { AuthPayload } from '../features/auth/graphql/auth-payload';
import type { User } from '../shared/graphql/user.fragment';

/** A GraphQL response body as the API sends it. */
export interface GraphqlBody {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface FakeRequest {
  operationName: string;
  variables: Record<string, unknown>;
  authorization: string | null;
}

/** Returned by a handler to simulate a connection that fails (no response at all). */
export const NETWORK_DOWN = Symbol('network down');

export type Handler = (variables: Record<string, unknown>, request: FakeRequest) => GraphqlBody | typeof NETWORK_DOWN | Promise<GraphqlBody | typeof NETWORK_DOWN>;

/**
 * Stands in for the API at the network boundary, keyed by operation name, and records every
 * request: the real client, exchanges and session code run unchanged on top of it.
 */
export function createFakeApi(initial: Record<string, Handler> = {}) {
  const handlers: Record<string, Handler> = { ...initial };
  const requests: FakeRequest[] = [];
  const fetch = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const body = JSON.parse(String(init?.body)) as { operationName: string; variables?: Record<string, unknown> };
    const headers = new Headers(init?.headers);
    const request: FakeRequest = { operationName: body.operationName, variables: body.variables ?? {}, authorization: headers.get('authorization') };
    requests.push(request);
    const handler = handlers[body.operationName];
    const result = handler ? await handler(request.variables, request) : graphqlError('INTERNAL', { message: `No fake for ${body.operationName}` });
    if (result === NETWORK_DOWN) throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(result), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return {
    fetch: fetch as unknown as typeof globalThis.fetch,
    requests,
    on(operationName: string, handler: Handler) {
      handlers[operationName] = handler;
    },
    handlerOf(operationName: string): Handler | undefined {
      return handlers[operationName];
    },
    /** Requests of one operation, in order. */
    calls(operationName: string) {
      return requests.filter((r) => r.operationName === operationName);
    },
  };
}

export type FakeApi = ReturnType<typeof createFakeApi>;

export function graphqlError(code: string, extensions: Record<string, unknown> = {}): GraphqlBody {
  const { message, ...rest } = extensions;
  return { data: null, errors: [{ message: String(message ?? code), extensions: { code, ...rest } }] };
}

/** A structurally real JWT (unsigned: the client never verifies, it only reads iat/exp). */
export function fakeAccessToken(lifetimeSeconds = 900, issuedAt = 1_700_000_000): string {
  const encode = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ sub: 'user', iat: issuedAt, exp: issuedAt + lifetimeSeconds })}.c2lnbmF0dXJl`;
}

export function makeUser(overrides: Partial<User> = {}): User {
  return {
    id: 'c0a80101-0000-4000-8000-000000000001',
    email: 'amina@example.org',
    displayName: 'Amina Diallo',
    role: Role.LEARNER,
    locale: 'en',
    createdAt: '2026-01-15T10:00:00.000Z',
    ...overrides,
  };
}

export const learner = makeUser();
export const instructor = makeUser({ id: 'c0a80101-0000-4000-8000-000000000002', email: 'kofi@example.org', displayName: 'Kofi Mensah', role: Role.INSTRUCTOR });
export const admin = makeUser({ id: 'c0a80101-0000-4000-8000-000000000003', email: 'ngozi@example.org', displayName: 'Ngozi Okafor', role: Role.ADMIN });

export function authPayload(user: User, lifetimeSeconds = 900): AuthPayload {
  return {
    accessToken: fakeAccessToken(lifetimeSeconds),
    accessTokenExpiresAt: new Date(Date.now() + lifetimeSeconds * 1000).toISOString(),
    user,
  };
}

/** The refresh answer for a browser holding `user`'s session cookie, or none. */
export function sessionFor(user: User | null): Handler {
  return () => (user ? { data: { refreshSession: authPayload(user) } } : graphqlError('UNAUTHENTICATED'));
}
