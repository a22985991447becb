import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { usePageTitle } from '../../../shared/ui/use-page-title';

const POINTS = ['pointPhone', 'pointFeedback', 'pointLanguage', 'pointModels'] as const;

export function LandingPage() {
  const { t } = useTranslation();
  usePageTitle(t('app.tagline'));
  return (
    <section className="landing" aria-labelledby="landing-title">
      <h1 id="landing-title">{t('landing.title')}</h1>
      <p className="lead">{t('landing.intro')}</p>
      <div className="actions">
        <Link href="/sign-up" className="button button-primary">
          {t('landing.signUp')}
        </Link>
        <Link href="/sign-in" className="button">
          {t('landing.signIn')}
        </Link>
      </div>
      <h2 className="visually-hidden">{t('landing.pointsLabel')}</h2>
      <ul className="points">
        {POINTS.map((point) => (
          <li key={point}>{t(`landing.${point}`)}</li>
        ))}
      </ul>
    </section>
  );
}
