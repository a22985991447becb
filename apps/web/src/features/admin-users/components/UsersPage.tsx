import { isRole, type Role, ROLES } from '@sankofa/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../shared/graphql/problem-message';
import type { User } from '../../../shared/graphql/user.fragment';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import { usePageTitle } from '../../../shared/ui/use-page-title';
import { useSession, useSessionStore } from '../../auth/hooks/use-session';
import { type DirectoryFilter, useUserDirectory } from '../hooks/use-user-directory';
import { RoleChangeControl } from './RoleChangeControl';

/** The admin home: find users, page through them, change their role. */
export function UsersPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('admin.users.title'));
  const session = useSession();
  const store = useSessionStore();
  const me = session.status === 'signedIn' ? session.user : null;
  const [searchText, setSearchText] = useState('');
  const [filter, setFilter] = useState<DirectoryFilter>({ search: '', role: null });
  const directory = useUserDirectory(filter);
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFilter((current) => ({ ...current, search: searchText }));
  }

  function onRoleFilter(value: string) {
    const role: Role | null = isRole(value) ? value : null;
    setFilter({ search: searchText, role });
  }

  function onChanged(user: User) {
    directory.replaceUser(user);
    // Demoting oneself changes what this session may open; the route guard follows.
    store.updateUser(user);
  }

  const firstLoad = directory.phase === 'loading';
  return (
    <section aria-labelledby="users-title">
      <h1 id="users-title">{t('admin.users.title')}</h1>
      <form role="search" className="filters" aria-label={t('admin.users.filtersLabel')} onSubmit={onSearch}>
        <div className="field">
          <label htmlFor="users-search">{t('admin.users.search')}</label>
          <input id="users-search" type="search" maxLength={100} value={searchText} onChange={(event) => setSearchText(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="users-role">{t('admin.users.role')}</label>
          <select id="users-role" value={filter.role ?? ''} onChange={(event) => onRoleFilter(event.target.value)}>
            <option value="">{t('admin.users.allRoles')}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t('admin.users.apply')}
        </button>
      </form>

      <div aria-live="polite" className="results-summary">
        {firstLoad ? (
          <p className="muted">{t('admin.users.loading')}</p>
        ) : directory.users.length > 0 ? (
          <p>{t('admin.users.showing', { shown: directory.users.length, count: directory.totalCount })}</p>
        ) : !directory.problem ? (
          <p>{t('admin.users.empty')}</p>
        ) : null}
      </div>

      {directory.users.length > 0 ? (
        <ul className="user-list" aria-labelledby="users-title">
          {directory.users.map((user) => (
            <li key={user.id} className="user-card">
              <h2 className="user-name">{user.displayName}</h2>
              <p className="user-email">{user.email}</p>
              <p className="muted">
                {t('admin.users.currentRole', { role: t(`roles.${user.role}`) })} ·{' '}
                {t('admin.users.joined', { date: dateFormat.format(new Date(user.createdAt)) })}
              </p>
              <RoleChangeControl user={user} isSelf={user.id === me?.id} onChanged={onChanged} />
            </li>
          ))}
        </ul>
      ) : null}

      {directory.problem ? (
        <StatusMessage tone="error">
          {problemMessage(t, directory.problem)}{' '}
          <button type="button" className="link-button" onClick={directory.users.length > 0 ? directory.loadMore : directory.reload}>
            {t('admin.users.retry')}
          </button>
        </StatusMessage>
      ) : null}

      {directory.hasNextPage && !directory.problem ? (
        <button type="button" className="button load-more" disabled={directory.phase !== 'idle'} onClick={directory.loadMore}>
          {directory.phase === 'loadingMore' ? t('admin.users.loadingMore') : t('admin.users.loadMore')}
        </button>
      ) : null}
    </section>
  );
}
