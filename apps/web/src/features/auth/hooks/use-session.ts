import { createContext, useContext, useSyncExternalStore } from 'react';
import type { SessionState, SessionStore } from '../session/session-store';

export const SessionContext = createContext<SessionStore | null>(null);

export function useSessionStore(): SessionStore {
  const store = useContext(SessionContext);
  if (!store) throw new Error('useSession needs a SessionContext provider');
  return store;
}

/** The current session; re-renders on sign-in, sign-out, refresh and user changes. */
export function useSession(): SessionState {
  const store = useSessionStore();
  return useSyncExternalStore(store.subscribe, store.getState);
}
