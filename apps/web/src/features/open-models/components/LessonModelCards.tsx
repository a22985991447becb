import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { LessonModelCard } from '../graphql/lesson-model-card.fragment';
import { formatGib, formatParameters } from '../model/format';
import { modelPath } from '../model-paths';
import { CommercialUseBadge } from './CommercialUseBadge';
import '../i18n/card-messages';
import '../open-model-cards.css';

/** The models a lesson works with, as compact cards linking to their catalog pages. */
export function LessonModelCards({ models }: { models: LessonModelCard[] }) {
  const { t, i18n } = useTranslation();
  if (models.length === 0) return null;
  return (
    <section aria-labelledby="lesson-models-title" className="lesson-models">
      <h2 id="lesson-models-title">{t('modelCards.lessonTitle')}</h2>
      <ul className="course-list model-cards-compact">
        {models.map((model) => (
          <li key={model.slug} className="course-card">
            <h3 className="course-card-title">
              <Link href={modelPath(model.slug)}>{model.name}</Link>
            </h3>
            <p className="course-card-meta">
              {model.organization} ·{' '}
              {model.parameterCount ? formatParameters(model.parameterCount, i18n.language) : (model.parameterWording ?? t('modelCards.sizeUnknown'))}{' '}
              · <CommercialUseBadge commercialUse={model.licence.commercialUse} />
            </p>
            {model.q4TotalBytes ? <p className="course-card-meta muted">{t('modelCards.q4Memory', { size: formatGib(model.q4TotalBytes, i18n.language) })}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
