import { describe, expect, it, vi } from 'vitest';
import { admin, authPayload, learner } from '../../../test/fake-api';
import { type RefreshOutcome, SESSION_HINT_KEY, SessionStore, type SessionTransport } from './session-store';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A store on a manual clock, manual timers, in-memory hint, and a scripted transport. */
function setup(options: { hint?: string | null } = {}) {
  let now = 1_000_000;
  const timers: { at: number; callback: () => void; cleared: boolean }[] = [];
  const hints = new Map<string, string>();
  if (options.hint) hints.set(SESSION_HINT_KEY, options.hint);
  const refreshAnswers: RefreshOutcome[] = [];
  const transport: SessionTransport & { refresh: ReturnType<typeof vi.fn>; revoke: ReturnType<typeof vi.fn> } = {
    refresh: vi.fn(async (): Promise<RefreshOutcome> => refreshAnswers.shift() ?? { kind: 'rejected' }),
    revoke: vi.fn(async () => 'done' as const),
  };
  const store = new SessionStore({
    now: () => now,
    setTimer: (callback, ms) => {
      const timer = { at: now + ms, callback, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => {
      (timer as { cleared: boolean }).cleared = true;
    },
    withLock: (task) => task(),
    readHint: (key) => hints.get(key) ?? null,
    writeHint: (key, value) => (value === null ? hints.delete(key) : hints.set(key, value)),
  });
  store.connect(transport);
  return {
    store,
    transport,
    hint: () => hints.get(SESSION_HINT_KEY) ?? null,
    answerRefresh: (...outcomes: RefreshOutcome[]) => refreshAnswers.push(...outcomes),
    /** Moves the clock without firing timers (a sleeping phone). */
    moveClock: (ms: number) => {
      now += ms;
    },
    /** Moves the clock and fires due timers. */
    advance: async (ms: number) => {
      now += ms;
      for (const timer of timers.filter((t) => !t.cleared && t.at <= now)) {
        timer.cleared = true;
        timer.callback();
      }
      // Let the refresh chain (several promise hops) settle.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    pendingTimers: () => timers.filter((t) => !t.cleared),
  };
}

describe('SessionStore', () => {
  it('restores a session on start and remembers in the hint that this browser is signed in', async () => {
    const { store, answerRefresh, hint } = setup();
    answerRefresh({ kind: 'ok', payload: authPayload(learner) });
    expect(store.getState()).toEqual({ status: 'restoring' });
    await store.start();
    expect(store.getState()).toEqual({ status: 'signedIn', user: learner });
    expect(hint()).toBe('active');
  });

  it('starts signed out without a session, and says the session expired when the hint claimed one', async () => {
    const fresh = setup();
    await fresh.store.start();
    expect(fresh.store.getState()).toEqual({ status: 'signedOut', reason: 'none' });

    const returning = setup({ hint: 'active' });
    await returning.store.start();
    expect(returning.store.getState()).toEqual({ status: 'signedOut', reason: 'expired' });
    expect(returning.hint()).toBeNull();
  });

  it('reports an unreachable server on start, and restores when the connection returns', async () => {
    const { store, answerRefresh } = setup();
    answerRefresh({ kind: 'unavailable' }, { kind: 'ok', payload: authPayload(learner) });
    await store.start();
    expect(store.getState()).toEqual({ status: 'signedOut', reason: 'unreachable' });
    store.wake();
    await vi.waitFor(() => expect(store.getState().status).toBe('signedIn'));
  });

  it('attaches the token while fresh and refreshes first once it is due', async () => {
    const { store, transport, answerRefresh, advance } = setup();
    const first = authPayload(learner);
    const second = authPayload(learner);
    second.accessToken = `${second.accessToken}-rotated`;
    store.establish(first);
    expect(store.bearerForRequest()).toBe(first.accessToken);
    expect(transport.refresh).not.toHaveBeenCalled();

    answerRefresh({ kind: 'ok', payload: second });
    await advance(14 * 60_000 + 1); // the scheduled refresh fires a minute before expiry
    expect(transport.refresh).toHaveBeenCalledTimes(1);
    expect(store.bearerForRequest()).toBe(second.accessToken);
  });

  it('makes concurrent requests share one refresh (the refresh token rotates)', async () => {
    const { store, transport, moveClock } = setup();
    store.establish(authPayload(learner));
    const answer = deferred<RefreshOutcome>();
    transport.refresh.mockImplementationOnce(() => answer.promise);
    moveClock(14 * 60_000 + 1); // the phone slept through its timer
    const a = store.bearerForRequest();
    const b = store.bearerForRequest();
    expect(a).toBeInstanceOf(Promise);
    expect(b).toBeInstanceOf(Promise);
    const renewed = authPayload(learner);
    renewed.accessToken = `${renewed.accessToken}-rotated`;
    answer.resolve({ kind: 'ok', payload: renewed });
    await expect(a).resolves.toBe(renewed.accessToken);
    await expect(b).resolves.toBe(renewed.accessToken);
    expect(transport.refresh).toHaveBeenCalledTimes(1);
  });

  it('signs out when the server refuses the token and the refresh confirms the session is gone', async () => {
    const { store, answerRefresh } = setup();
    store.establish(authPayload(learner));
    answerRefresh({ kind: 'rejected' });
    store.tokenRejected();
    await vi.waitFor(() => expect(store.getState()).toEqual({ status: 'signedOut', reason: 'expired' }));
  });

  it('stays signed in through a network failure during refresh and retries later', async () => {
    const { store, transport, answerRefresh, advance } = setup();
    store.establish(authPayload(learner));
    answerRefresh({ kind: 'unavailable' }, { kind: 'ok', payload: authPayload(learner) });
    await advance(14 * 60_000 + 1);
    expect(store.getState().status).toBe('signedIn');
    await advance(30_000);
    expect(transport.refresh).toHaveBeenCalledTimes(2);
    expect(store.getState().status).toBe('signedIn');
  });

  it('signs out at once, revokes on the server, and ignores a refresh answered afterwards', async () => {
    const { store, transport, hint } = setup();
    store.establish(authPayload(admin));
    const answer = deferred<RefreshOutcome>();
    transport.refresh.mockImplementationOnce(() => answer.promise);
    const refreshing = store.refresh();
    const signingOut = store.signOut();
    expect(store.getState()).toEqual({ status: 'signedOut', reason: 'signedOut' });
    expect(store.bearerForRequest()).toBeNull();
    answer.resolve({ kind: 'ok', payload: authPayload(admin) });
    await refreshing;
    await signingOut;
    expect(store.getState()).toEqual({ status: 'signedOut', reason: 'signedOut' });
    expect(transport.revoke).toHaveBeenCalledTimes(1);
    expect(hint()).toBeNull();
  });

  it('keeps a sign-out the server never confirmed, and finishes it on the next start instead of restoring', async () => {
    const first = setup();
    first.store.establish(authPayload(learner));
    first.transport.revoke.mockResolvedValueOnce('unavailable');
    await first.store.signOut();
    expect(first.hint()).toBe('signing-out');

    const next = setup({ hint: 'signing-out' });
    await next.store.start();
    expect(next.transport.revoke).toHaveBeenCalledTimes(1);
    expect(next.transport.refresh).not.toHaveBeenCalled();
    expect(next.store.getState()).toEqual({ status: 'signedOut', reason: 'none' });
    expect(next.hint()).toBeNull();
  });

  it('follows sign-out and sign-in made in another tab', async () => {
    const { store, answerRefresh, pendingTimers } = setup();
    store.establish(authPayload(learner));
    store.hintChanged('signing-out');
    expect(store.getState()).toEqual({ status: 'signedOut', reason: 'signedOut' });
    expect(pendingTimers()).toHaveLength(0);

    answerRefresh({ kind: 'ok', payload: authPayload(admin) });
    store.hintChanged('active');
    await vi.waitFor(() => expect(store.getState()).toEqual({ status: 'signedIn', user: admin }));
  });

  it('updates the signed-in user (e.g. after changing their own role) but no one else', () => {
    const { store } = setup();
    store.establish(authPayload(admin));
    store.updateUser({ ...learner, displayName: 'Someone else' });
    expect(store.getState()).toEqual({ status: 'signedIn', user: admin });
    store.updateUser({ ...admin, role: learner.role });
    expect(store.getState()).toEqual({ status: 'signedIn', user: { ...admin, role: learner.role } });
  });

  it('notifies subscribers on every change', async () => {
    const { store, answerRefresh } = setup();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    answerRefresh({ kind: 'ok', payload: authPayload(learner) });
    await store.start();
    void store.signOut();
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    store.establish(authPayload(learner));
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
