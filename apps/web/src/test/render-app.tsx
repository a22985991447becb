import { render } from '@testing-library/react';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '../app/App';
import { createAppServices } from '../app/services';
import type { User } from '../shared/graphql/user.fragment';
import { createFakeApi, type FakeApi, sessionFor } from './fake-api';

export interface RenderAppOptions {
  path?: string;
  /** Who the refresh cookie belongs to (null: no session). Ignored when `api` is given. */
  user?: User | null;
  api?: FakeApi;
}

/** Renders the whole app on an in-memory URL against a fake API, and starts the session. */
export function renderApp({ path = '/', user = null, api }: RenderAppOptions = {}) {
  const fake = api ?? createFakeApi({ RefreshSession: sessionFor(user), SignOut: () => ({ data: { signOut: true } }) });
  // No real timers: a test that needs the scheduled refresh drives the store itself.
  const services = createAppServices({ fetch: fake.fetch, session: { setTimer: () => 0, clearTimer: () => undefined } });
  const location = memoryLocation({ path, record: true });
  const view = render(<App services={services} location={location} />);
  void services.session.start();
  return {
    ...view,
    api: fake,
    services,
    history: location.history,
    /** The current path and query, as the address bar would show them. */
    currentPath: () => location.history[location.history.length - 1],
  };
}
