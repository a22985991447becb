import type { Role } from '@sankofa/domain';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { destinationsFor } from '../destinations';

/** The areas this role may open, and only those. */
export function MainNav({ role }: { role: Role }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <nav aria-label={t('nav.label')} className="main-nav">
      <ul>
        {destinationsFor(role).map((item) => {
          const current = location === item.path || location.startsWith(`${item.path}/`);
          return (
            <li key={item.key}>
              <Link href={item.path} aria-current={current ? 'page' : undefined}>
                {t(`nav.${item.key}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
