import type { Client } from '@urql/core';
import { authExchange } from '../features/auth/session/auth-exchange';
import { SessionStore, type SessionStoreOptions } from '../features/auth/session/session-store';
import { createSessionTransport } from '../features/auth/session/session-transport';
import { createGraphqlClient } from '../shared/graphql/client';

export interface AppServices {
  client: Client;
  session: SessionStore;
}

/** The GraphQL client and the session that authenticates it, wired to each other. */
export function createAppServices(options: { fetch?: typeof fetch; url?: string; session?: SessionStoreOptions } = {}): AppServices {
  const session = new SessionStore(options.session);
  const client = createGraphqlClient({ url: options.url, fetch: options.fetch, exchanges: [authExchange(session)] });
  session.connect(createSessionTransport(client));
  return { client, session };
}
