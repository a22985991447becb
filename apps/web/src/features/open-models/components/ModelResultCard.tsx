import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ModelCardData } from '../graphql/model-card.fragment';
import { formatGib, formatParameters } from '../model/format';
import { modelPath } from '../model-paths';
import { CommercialUseBadge } from './CommercialUseBadge';
import { useTaskLabel } from './labels';

interface ModelResultCardProps {
  model: ModelCardData;
  compared: boolean;
  /** False when four models are already ticked (and this one is not). */
  canCompare: boolean;
  onCompare: (slug: string) => void;
}

/** One catalog result: what it is, how big, under which licence, for which languages and memory. */
export function ModelResultCard({ model, compared, canCompare, onCompare }: ModelResultCardProps) {
  const { t, i18n } = useTranslation();
  const taskLabel = useTaskLabel();
  const q4 = model.memory.find((row) => row.quantization === 'Q4_K_M' && !row.weightsOnly);
  const weights = model.memory.find((row) => row.weightsOnly);
  const compareId = `compare-${model.id}`;
  return (
    <li className="course-card">
      <h2 className="course-card-title">
        <Link href={modelPath(model.slug)}>{model.name}</Link>
      </h2>
      <p className="course-card-meta">
        {model.organization} · <ModelSize model={model} /> · {model.tasks.map((task) => taskLabel(task)).join(', ')}
      </p>
      <p className="course-card-meta">
        {model.licence.name} <CommercialUseBadge commercialUse={model.licence.commercialUse} />
      </p>
      <p className="course-card-meta">
        {t('models.card.languages', { count: model.languages.length })}
        {model.coversAfricanLanguage ? (
          <>
            {' '}
            · <strong className="african-mark">{t('models.card.african')}</strong>
          </>
        ) : null}
      </p>
      {q4 ? (
        <p className="course-card-meta">{t('models.card.q4', { size: formatGib(q4.totalBytes, i18n.language) })}</p>
      ) : weights ? (
        <p className="course-card-meta">{t('models.card.weightsOnly', { size: formatGib(weights.totalBytes, i18n.language) })}</p>
      ) : null}
      <p className="compare-toggle">
        <input id={compareId} type="checkbox" checked={compared} disabled={!compared && !canCompare} onChange={() => onCompare(model.slug)} />
        <label htmlFor={compareId}>{t('models.card.compare', { name: model.name })}</label>
      </p>
    </li>
  );
}

/** The parameter count as a number, the card's wording when it differs, and active parameters for MoE. */
export function ModelSize({ model }: { model: Pick<ModelCardData, 'parameterCount' | 'parameterWording' | 'activeParameterCount'> }) {
  const { t, i18n } = useTranslation();
  if (!model.parameterCount) return <>{model.parameterWording ?? t('models.size.unknown')}</>;
  const size = t('models.size.parameters', { size: formatParameters(model.parameterCount, i18n.language) });
  return (
    <>
      {size}
      {model.activeParameterCount ? ` (${t('models.size.active', { size: formatParameters(model.activeParameterCount, i18n.language) })})` : null}
    </>
  );
}
