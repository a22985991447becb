import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { LanguageSwitcher } from '../../../shared/i18n/LanguageSwitcher';
import { useSession, useSessionStore } from '../../auth/hooks/use-session';
import { homePathFor } from '../destinations';
import { MainNav } from './MainNav';

export function AppHeader() {
  const { t } = useTranslation();
  const session = useSession();
  const store = useSessionStore();
  const [, navigate] = useLocation();
  const user = session.status === 'signedIn' ? session.user : null;

  function signOut() {
    // Leave first, in the same tick: the landing page renders for the signed-out user instead
    // of the guard sending them to the sign-in page.
    navigate('/');
    void store.signOut();
  }

  return (
    <header className="app-header">
      <div className="header-bar">
        <Link href={user ? homePathFor(user.role) : '/'} className="brand" aria-label={t('nav.home')}>
          {t('app.name')}
        </Link>
        <LanguageSwitcher />
      </div>
      {user ? (
        <div className="header-bar header-user">
          <MainNav role={user.role} />
          <div className="account" role="group" aria-label={t('nav.account')}>
            <span className="account-name">
              <span aria-hidden="true">{user.displayName}</span>
              <span className="visually-hidden">{t('nav.signedInAs', { name: user.displayName })}</span>
            </span>
            <button type="button" className="button button-small" onClick={signOut}>
              {t('nav.signOut')}
            </button>
          </div>
        </div>
      ) : null}
    </header>
  );
}
