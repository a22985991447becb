import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ItemRef } from '../../lesson/graphql/lesson.query';
import { itemPath } from '../course-paths';
import '../i18n/learner-messages';

/** Previous and next items of the course outline. */
export function ItemNav({ courseSlug, previous, next }: { courseSlug: string; previous: ItemRef | null; next: ItemRef | null }) {
  const { t } = useTranslation();
  if (!previous && !next) return null;
  return (
    <nav className="item-nav" aria-label={t('learning.itemNav')}>
      {previous ? (
        <Link href={itemPath(courseSlug, previous)} className="item-nav-previous" rel="prev">
          <span className="item-nav-direction">{t('learning.previous')}</span> {previous.title}
        </Link>
      ) : null}
      {next ? (
        <Link href={itemPath(courseSlug, next)} className="item-nav-next" rel="next">
          <span className="item-nav-direction">{t('learning.next')}</span> {next.title}
        </Link>
      ) : null}
    </nav>
  );
}
