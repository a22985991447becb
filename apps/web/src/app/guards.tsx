import type { Role } from '@sankofa/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, useLocation, useSearch } from 'wouter';
import { useSession, useSessionStore } from '../features/auth/hooks/use-session';
import { LandingPage } from '../features/landing/components/LandingPage';
import { homePathFor, safeReturnPath } from '../features/navigation/destinations';

export function RestoringSession() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status">
      {t('app.restoringSession')}
    </p>
  );
}

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status">
      {t('app.loading')}
    </p>
  );
}

/**
 * Signed-out visitors go to sign-in (and come back here afterwards); a signed-in user without
 * one of `roles` goes to their own home.
 */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const session = useSession();
  const [location] = useLocation();
  const search = useSearch();
  if (session.status === 'restoring') return <RestoringSession />;
  if (session.status === 'signedOut') {
    const here = search ? `${location}?${search}` : location;
    return <Redirect to={`/sign-in?next=${encodeURIComponent(here)}`} replace />;
  }
  if (!roles.includes(session.user.role)) return <Redirect to={homePathFor(session.user.role)} replace />;
  return <>{children}</>;
}

/** Sign-in and sign-up: a signed-in user continues to `?next=` or to their home. */
export function PublicOnly({ children }: { children: ReactNode }) {
  const session = useSession();
  const search = useSearch();
  if (session.status === 'signedIn') {
    const next = safeReturnPath(new URLSearchParams(search).get('next'));
    return <Redirect to={next ?? homePathFor(session.user.role)} replace />;
  }
  return <>{children}</>;
}

/** The landing page, unless the visitor is (or is about to be) signed in. */
export function LandingRoute() {
  const session = useSession();
  const store = useSessionStore();
  if (session.status === 'signedIn') return <Redirect to={homePathFor(session.user.role)} replace />;
  // A returning user would otherwise see the landing page flash before their home.
  if (session.status === 'restoring' && store.probablySignedIn()) return <RestoringSession />;
  return <LandingPage />;
}
