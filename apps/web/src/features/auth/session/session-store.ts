import type { User } from '../../../shared/graphql/user.fragment';
import { readStored, writeStored } from '../../../shared/storage';
import type { AuthPayload } from '../graphql/auth-payload';
import { tokenTiming } from './token-timing';

/** Why the user is signed out, so the sign-in page can say so. */
export type SignedOutReason = 'none' | 'signedOut' | 'expired' | 'unreachable';

export type SessionState =
  | { status: 'restoring' }
  | { status: 'signedIn'; user: User }
  | { status: 'signedOut'; reason: SignedOutReason };

/** The server's answer to a refresh: a new session, a refusal, or no answer worth trusting. */
export type RefreshOutcome = { kind: 'ok'; payload: AuthPayload } | { kind: 'rejected' } | { kind: 'unavailable' };

export interface SessionTransport {
  refresh(): Promise<RefreshOutcome>;
  /** Revokes the refresh cookie's session. 'unavailable' when the server could not be reached. */
  revoke(): Promise<'done' | 'unavailable'>;
}

export interface SessionStoreOptions {
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Serializes refreshes across tabs: the refresh token rotates, two tabs must not race. */
  withLock?: <T>(task: () => Promise<T>) => Promise<T>;
  readHint?: (key: string) => string | null;
  writeHint?: (key: string, value: string | null) => void;
}

/**
 * A hint shared by the tabs of this browser (the refresh cookie itself is httpOnly):
 * 'active' while signed in, 'signing-out' until the server confirmed a sign-out.
 */
export const SESSION_HINT_KEY = 'sankofa.session';
const RETRY_AFTER_UNAVAILABLE_MS = 30_000;

function browserLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? (locks.request('sankofa-session-refresh', task) as Promise<T>) : task();
}

/**
 * Holds the session in memory: the access token never touches storage. Restores it on start
 * with the refresh cookie, refreshes it shortly before it expires (and whenever a request finds
 * it stale: timers sleep with the phone), and follows sign-in/out made in other tabs.
 */
export class SessionStore {
  private state: SessionState = { status: 'restoring' };
  private token: { value: string; refreshAt: number; expiresAt: number } | null = null;
  private refreshing: Promise<RefreshOutcome> | null = null;
  // Bumped whenever the session is replaced or dropped, so a refresh answered afterwards is ignored.
  private epoch = 0;
  private timer: unknown = null;
  private readonly listeners = new Set<() => void>();
  private readonly now: () => number;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;
  private readonly withLock: <T>(task: () => Promise<T>) => Promise<T>;
  private readonly readHint: (key: string) => string | null;
  private readonly writeHint: (key: string, value: string | null) => void;
  private transport: SessionTransport | null = null;

  constructor(options: SessionStoreOptions = {}) {
    this.now = options.now ?? Date.now;
    this.setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    this.withLock = options.withLock ?? browserLock;
    this.readHint = options.readHint ?? readStored;
    this.writeHint = options.writeHint ?? writeStored;
  }

  /** The transport is attached after construction: it uses the client that uses this store. */
  connect(transport: SessionTransport): void {
    this.transport = transport;
  }

  getState = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** True when this browser probably holds a session (used to avoid flashing public pages). */
  probablySignedIn(): boolean {
    return this.readHint(SESSION_HINT_KEY) === 'active';
  }

  /** Restores the session on load; finishes a sign-out the server never confirmed. */
  async start(): Promise<void> {
    if (this.readHint(SESSION_HINT_KEY) === 'signing-out') {
      const result = await this.requireTransport().revoke();
      if (result === 'done') this.writeHint(SESSION_HINT_KEY, null);
      this.setState({ status: 'signedOut', reason: 'none' });
      return;
    }
    await this.refresh();
  }

  /** Adopts the session that sign-in, sign-up or a refresh returned. */
  establish(payload: AuthPayload): void {
    this.epoch += 1;
    this.adopt(payload);
  }

  private adopt(payload: AuthPayload): void {
    const timing = tokenTiming(payload.accessToken, payload.accessTokenExpiresAt, this.now());
    this.token = { value: payload.accessToken, ...timing };
    this.schedule(timing.refreshAt - this.now());
    if (this.readHint(SESSION_HINT_KEY) !== 'active') this.writeHint(SESSION_HINT_KEY, 'active');
    this.setState({ status: 'signedIn', user: payload.user });
  }

  /** The token to send now, refreshed first when it is due. Null when signed out. */
  bearerForRequest(): string | null | Promise<string | null> {
    if (!this.token) return null;
    if (this.now() < this.token.refreshAt) return this.token.value;
    return this.refresh().then(() => this.token?.value ?? null);
  }

  /** The server refused a token we sent: confirm with a refresh before giving up. */
  tokenRejected(): void {
    if (this.state.status === 'signedIn') void this.refresh();
  }

  /** One refresh at a time; concurrent callers share it. */
  refresh(): Promise<RefreshOutcome> {
    if (!this.refreshing) {
      const transport = this.requireTransport();
      const epoch = this.epoch;
      const refreshing: Promise<RefreshOutcome> = this.withLock(() => transport.refresh())
        .catch((): RefreshOutcome => ({ kind: 'unavailable' }))
        .then((outcome) => {
          if (epoch === this.epoch) this.apply(outcome);
          return outcome;
        })
        .finally(() => {
          if (this.refreshing === refreshing) this.refreshing = null;
        });
      this.refreshing = refreshing;
    }
    return this.refreshing;
  }

  /**
   * Forgets the session at once (the UI must not wait on a slow network), then asks the server
   * to revoke it. If the server cannot be reached, the hint keeps 'signing-out' so the next
   * start revokes instead of restoring: a shared computer must not stay signed in.
   */
  signOut(): Promise<void> {
    this.dropToken();
    this.writeHint(SESSION_HINT_KEY, 'signing-out');
    this.setState({ status: 'signedOut', reason: 'signedOut' });
    return this.requireTransport()
      .revoke()
      .catch(() => 'unavailable' as const)
      .then((result) => {
        if (result === 'done' && this.readHint(SESSION_HINT_KEY) === 'signing-out') this.writeHint(SESSION_HINT_KEY, null);
      });
  }

  /** Keeps the signed-in user current after a change made through the API (e.g. own role). */
  updateUser(user: User): void {
    if (this.state.status === 'signedIn' && this.state.user.id === user.id) this.setState({ status: 'signedIn', user });
  }

  /** Another tab wrote the hint. */
  hintChanged(value: string | null): void {
    if (value === 'active') {
      if (this.state.status === 'signedOut') void this.refresh();
    } else if (this.state.status === 'signedIn') {
      this.dropToken();
      this.setState({ status: 'signedOut', reason: 'signedOut' });
    }
  }

  /** The page became visible again or the network came back: catch up on what timers missed. */
  wake(): void {
    const due = this.token !== null && this.now() >= this.token.refreshAt;
    const unreachable = this.state.status === 'signedOut' && this.state.reason === 'unreachable';
    if (due || unreachable) void this.refresh();
  }

  /** Wires the browser events the store follows; returns the teardown. */
  listen(target: Window = window): () => void {
    const onStorage = (event: StorageEvent) => {
      if (event.key === SESSION_HINT_KEY) this.hintChanged(event.newValue);
    };
    const onWake = () => {
      if (target.document.visibilityState === 'visible') this.wake();
    };
    target.addEventListener('storage', onStorage);
    target.addEventListener('online', onWake);
    target.document.addEventListener('visibilitychange', onWake);
    return () => {
      target.removeEventListener('storage', onStorage);
      target.removeEventListener('online', onWake);
      target.document.removeEventListener('visibilitychange', onWake);
      this.clearScheduled();
    };
  }

  private apply(outcome: RefreshOutcome): void {
    switch (outcome.kind) {
      case 'ok':
        this.adopt(outcome.payload);
        return;
      case 'rejected': {
        const hadSession = this.state.status === 'signedIn' || this.readHint(SESSION_HINT_KEY) === 'active';
        this.dropToken();
        if (this.readHint(SESSION_HINT_KEY) === 'active') this.writeHint(SESSION_HINT_KEY, null);
        this.setState({ status: 'signedOut', reason: hadSession ? 'expired' : 'none' });
        return;
      }
      case 'unavailable':
        if (this.state.status === 'signedIn') {
          // Keep the session; the refresh cookie is still good. Try again soon.
          this.schedule(RETRY_AFTER_UNAVAILABLE_MS);
        } else {
          this.setState({ status: 'signedOut', reason: 'unreachable' });
        }
        return;
      default: {
        const unexpected: never = outcome;
        throw new Error(`Unexpected refresh outcome ${JSON.stringify(unexpected)}`);
      }
    }
  }

  private schedule(delayMs: number): void {
    this.clearScheduled();
    this.timer = this.setTimer(
      () => {
        this.timer = null;
        void this.refresh();
      },
      Math.max(0, delayMs),
    );
  }

  private clearScheduled(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  private dropToken(): void {
    this.epoch += 1;
    this.refreshing = null;
    this.token = null;
    this.clearScheduled();
  }

  private setState(next: SessionState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  private requireTransport(): SessionTransport {
    if (!this.transport) throw new Error('SessionStore used before connect()');
    return this.transport;
  }
}
