import { afterEach, beforeEach, vi } from 'vitest';

interface ClientMessage {
  type: string;
  id?: string;
  payload?: { query?: string; variables?: Record<string, unknown>; operationName?: string } & Record<string, unknown>;
}

interface Subscription {
  socket: FakeWebSocketLike;
  query: string;
  variables: Record<string, unknown>;
}

interface FakeWebSocketLike {
  receive(message: object): void;
}

/**
 * Stands in for the API's graphql-ws endpoint (the graphql-transport-ws protocol) by replacing
 * the browser's WebSocket for each test of the calling `describe`: the real graphql-ws client
 * runs on top of it. `refuse()` makes the next sockets fail to open, as behind a proxy that
 * drops upgrades.
 */
export function useFakeSocketServer() {
  const state = {
    refusing: false,
    subscriptions: new Map<string, Subscription>(),
    connectionParams: [] as unknown[],
  };

  class FakeWebSocket implements FakeWebSocketLike {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    static readonly CLOSING = 2;
    static readonly CLOSED = 3;
    readyState = FakeWebSocket.CONNECTING;
    onopen: ((event: Event) => void) | null = null;
    onmessage: ((event: { data: string }) => void) | null = null;
    onclose: ((event: { code: number; reason: string; wasClean: boolean }) => void) | null = null;
    onerror: ((event: Event) => void) | null = null;

    constructor(
      readonly url: string,
      readonly protocol: string,
    ) {
      setTimeout(() => {
        if (state.refusing) {
          this.readyState = FakeWebSocket.CLOSED;
          this.onerror?.(new Event('error'));
          this.onclose?.({ code: 1006, reason: '', wasClean: false });
          return;
        }
        this.readyState = FakeWebSocket.OPEN;
        this.onopen?.(new Event('open'));
      });
    }

    send(data: string) {
      const message = JSON.parse(data) as ClientMessage;
      if (message.type === 'connection_init') {
        state.connectionParams.push(message.payload);
        this.receive({ type: 'connection_ack' });
      } else if (message.type === 'subscribe' && message.id) {
        state.subscriptions.set(message.id, { socket: this, query: message.payload?.query ?? '', variables: message.payload?.variables ?? {} });
      } else if (message.type === 'complete' && message.id) {
        state.subscriptions.delete(message.id);
      }
    }

    close(code = 1000, reason = '') {
      if (this.readyState === FakeWebSocket.CLOSED) return;
      this.readyState = FakeWebSocket.CLOSED;
      for (const [id, subscription] of state.subscriptions) if (subscription.socket === this) state.subscriptions.delete(id);
      setTimeout(() => this.onclose?.({ code, reason, wasClean: true }));
    }

    receive(message: object) {
      setTimeout(() => {
        if (this.readyState === FakeWebSocket.OPEN) this.onmessage?.({ data: JSON.stringify(message) });
      });
    }
  }

  beforeEach(() => {
    state.refusing = false;
    state.subscriptions.clear();
    state.connectionParams.length = 0;
    vi.stubGlobal('WebSocket', FakeWebSocket);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  return {
    refuse() {
      state.refusing = true;
    },
    /** Active subscriptions whose document contains `field`, with their variables. */
    subscriptions(field: string) {
      return [...state.subscriptions.values()].filter((s) => s.query.includes(field)).map((s) => s.variables);
    },
    /** The `connectionParams` each socket sent when it opened. */
    connectionParams: () => [...state.connectionParams],
    /** Pushes a result to every active subscription whose document contains `field`. */
    push(field: string, data: unknown) {
      for (const [id, subscription] of state.subscriptions) {
        if (subscription.query.includes(field)) subscription.socket.receive({ id, type: 'next', payload: { data } });
      }
    },
  };
}
