import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/ui/use-page-title';

/** The learner's home. Until courses exist there is nothing to act on, and it says so. */
export function LearnHome() {
  const { t } = useTranslation();
  usePageTitle(t('learn.title'));
  return (
    <section aria-labelledby="learn-title">
      <h1 id="learn-title">{t('learn.title')}</h1>
      <div className="empty-state">
        <h2>{t('learn.emptyTitle')}</h2>
        <p>{t('learn.emptyBody')}</p>
      </div>
    </section>
  );
}
