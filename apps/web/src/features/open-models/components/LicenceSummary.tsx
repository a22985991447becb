import { useTranslation } from 'react-i18next';
import type { OpenModelDetail } from '../graphql/open-model-detail.fragment';
import { CommercialUseBadge } from './CommercialUseBadge';

/** The licence in plain words: may I use it commercially (and on what condition), and what is open. */
export function LicenceSummary({ licence, open }: Pick<OpenModelDetail, 'licence' | 'open'>) {
  const { t } = useTranslation();
  const openness = (value: boolean | null) => (value === null ? t('models.licence.notStated') : value ? t('models.licence.yes') : t('models.licence.no'));
  return (
    <section aria-labelledby="licence-title" className="lesson-box licence-summary">
      <h2 id="licence-title">{t('models.licence.title')}</h2>
      <p>
        <a href={licence.url} rel="noreferrer">
          {licence.name}
        </a>
        {licence.spdx ? <span className="muted"> ({licence.spdx})</span> : null}
      </p>
      <p>
        <CommercialUseBadge commercialUse={licence.commercialUse} />
      </p>
      <p>
        <strong>{t(`models.licence.commercial.${licence.commercialUse}`)}</strong>
        {licence.condition ? ` ${t('models.licence.condition', { condition: licence.condition })}` : null}
      </p>
      <p>{licence.summary}</p>
      <dl className="facts">
        <div>
          <dt>{t('models.licence.weights')}</dt>
          <dd>{openness(open.weights)}</dd>
        </div>
        <div>
          <dt>{t('models.licence.code')}</dt>
          <dd>{openness(open.code)}</dd>
        </div>
        <div>
          <dt>{t('models.licence.data')}</dt>
          <dd>{openness(open.trainingData)}</dd>
        </div>
      </dl>
    </section>
  );
}
