import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/ui/use-page-title';

/** The instructor's home. Course authoring arrives with the curricula feature. */
export function TeachHome() {
  const { t } = useTranslation();
  usePageTitle(t('teach.title'));
  return (
    <section aria-labelledby="teach-title">
      <h1 id="teach-title">{t('teach.title')}</h1>
      <div className="empty-state">
        <h2>{t('teach.emptyTitle')}</h2>
        <p>{t('teach.emptyBody')}</p>
      </div>
    </section>
  );
}
