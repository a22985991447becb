import { Client, type Exchange, fetchExchange } from '@urql/core';

export interface GraphqlClientOptions {
  url?: string;
  /** Exchanges that run before the network (authentication, for one). */
  exchanges?: Exchange[];
  /** Injected by tests; the browser's fetch otherwise. */
  fetch?: typeof fetch;
}

/**
 * A deliberately small client: no normalized or document cache (each screen asks for what it
 * shows), every request a JSON POST (Apollo's CSRF prevention refuses simple GETs), cookies
 * sent same-origin only (the refresh cookie is scoped to /graphql).
 */
export function createGraphqlClient(options: GraphqlClientOptions = {}): Client {
  return new Client({
    url: options.url ?? '/graphql',
    exchanges: [...(options.exchanges ?? []), fetchExchange],
    fetch: options.fetch,
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: { credentials: 'same-origin' },
  });
}
