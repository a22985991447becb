import { type Client, createClient } from 'graphql-ws/client';
import type { BearerSource } from '../../auth/session/auth-exchange';

type TokenSource = Pick<BearerSource, 'bearerForRequest'>;

const sockets = new WeakMap<TokenSource, Client>();

/** The API's graphql-ws address: the same origin and path as HTTP requests. */
export function liveSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

/**
 * One WebSocket per session, opened when the first subscription starts and closed when the
 * last one ends. It does not retry: a socket that cannot be opened (a proxy that drops
 * upgrades, a captive portal) fails fast, and the caller falls back to polling.
 */
export function liveSocket(session: TokenSource): Client {
  let socket = sockets.get(session);
  if (!socket) {
    socket = createClient({
      url: () => liveSocketUrl(window.location),
      lazy: true,
      retryAttempts: 0,
      // A socket that opens but never answers must not leave the learner waiting in silence.
      connectionAckWaitTimeout: 5000,
      // The API authenticates the socket once, when it opens, with the current access token.
      connectionParams: async () => {
        const token = await session.bearerForRequest();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
    });
    sockets.set(session, socket);
  }
  return socket;
}
