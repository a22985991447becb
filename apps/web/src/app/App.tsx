import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type BaseLocationHook, type BaseSearchHook, Router, useLocation } from 'wouter';
import { SessionContext } from '../features/auth/hooks/use-session';
import { AppHeader } from '../features/navigation/components/AppHeader';
import { GraphqlClientProvider } from '../shared/graphql/provider';
import { PageErrorBoundary } from '../shared/ui/PageErrorBoundary';
import { AppRoutes } from './AppRoutes';
import type { AppServices } from './services';

function AppShell() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const main = useRef<HTMLElement>(null);
  const previous = useRef(location);

  // After a client-side navigation, move focus to the new content so keyboard and screen
  // reader users start there (a full page load would have done that).
  useEffect(() => {
    if (previous.current === location) return;
    previous.current = location;
    main.current?.focus();
  }, [location]);

  return (
    <>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <main id="main" ref={main} tabIndex={-1}>
        <PageErrorBoundary key={location}>
          <AppRoutes />
        </PageErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}

export interface AppProps {
  services: AppServices;
  /** Tests route in memory; the browser's location otherwise. */
  location?: { hook: BaseLocationHook; searchHook: BaseSearchHook };
}

export function App({ services, location }: AppProps) {
  return (
    <GraphqlClientProvider client={services.client}>
      <SessionContext.Provider value={services.session}>
        <Router hook={location?.hook} searchHook={location?.searchHook}>
          <AppShell />
        </Router>
      </SessionContext.Provider>
    </GraphqlClientProvider>
  );
}
