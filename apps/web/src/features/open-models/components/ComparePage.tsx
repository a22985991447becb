import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { PageLoading } from '../../../app/guards';
import { usePageTitle } from '../../../shared/ui/use-page-title';
import { QueryProblem } from '../../learn/components/QueryProblem';
import { useQuery } from '../../learn/hooks/use-query';
import { type ComparedModel, CompareOpenModelsQuery } from '../graphql/compare-open-models.query';
import { QUANTIZATIONS } from '../model/catalog-filter';
import { formatGib, formatInteger } from '../model/format';
import { COMPARE_MAX, COMPARE_MIN, compareSlugs, MODELS_ROUTE, modelPath } from '../model-paths';
import { CommercialUseBadge } from './CommercialUseBadge';
import { ModelSize } from './ModelResultCard';
import { useTaskLabel } from './labels';

/** Two to four models side by side (`/models/compare?slugs=a,b`); the table scrolls sideways on a phone. */
export function ComparePage() {
  const { t } = useTranslation();
  usePageTitle(t('models.compare.title'));
  const slugs = compareSlugs(useSearch());
  if (slugs.length < COMPARE_MIN || slugs.length > COMPARE_MAX) {
    return (
      <section aria-labelledby="compare-title">
        <h1 id="compare-title">{t('models.compare.title')}</h1>
        <p>{t('models.compare.wrongCount', { min: COMPARE_MIN, max: COMPARE_MAX })}</p>
        <p>
          <Link href={MODELS_ROUTE}>{t('models.compare.back')}</Link>
        </p>
      </section>
    );
  }
  return <CompareTable slugs={slugs} />;
}

function CompareTable({ slugs }: { slugs: string[] }) {
  const { t, i18n } = useTranslation();
  const taskLabel = useTaskLabel();
  const { state, reload } = useQuery(CompareOpenModelsQuery, { slugs });
  if (state.phase === 'loading') return <PageLoading />;
  if (state.phase === 'failed') return <QueryProblem problem={state.problem} onRetry={reload} title={t('models.compare.title')} />;
  const models = state.data.compareOpenModels;
  const number = (n: number) => formatInteger(n, i18n.language);

  const memoryCell = (model: ComparedModel, quantization: string) => {
    if (model.memoryProfile === 'WEIGHTS_ONLY') {
      const weights = model.memory.find((row) => row.weightsOnly);
      return weights ? t('models.compare.weightsOnly', { size: formatGib(weights.totalBytes, i18n.language) }) : '—';
    }
    const row = model.memory.find((r) => r.quantization === quantization);
    return row ? t('models.compare.gib', { size: formatGib(row.totalBytes, i18n.language) }) : '—';
  };

  const rows: [string, (model: ComparedModel) => ReactNode][] = [
    [t('models.compare.organization'), (m) => m.organization],
    [t('models.model.size'), (m) => <ModelSize model={m} />],
    [t('models.licence.title'), (m) => m.licence.name],
    [
      t('models.compare.commercial'),
      (m) => (
        <>
          <CommercialUseBadge commercialUse={m.licence.commercialUse} />
          {m.licence.condition ? <span className="fact-note">{m.licence.condition}</span> : null}
        </>
      ),
    ],
    [t('models.model.context'), (m) => (m.contextLength ? t('models.model.tokens', { count: m.contextLength, tokens: number(m.contextLength) }) : '—')],
    [t('models.compare.languages'), (m) => (
      <>
        {number(m.languages.length)}
        {m.coversAfricanLanguage ? <strong className="african-mark"> {t('models.card.african')}</strong> : null}
      </>
    )],
    ...QUANTIZATIONS.map((q): [string, (model: ComparedModel) => ReactNode] => [t('models.compare.memoryAt', { quantization: q }), (m) => memoryCell(m, q)]),
    [t('models.model.tasks'), (m) => m.tasks.map((task) => taskLabel(task)).join(', ')],
  ];

  return (
    <section aria-labelledby="compare-title" className="compare-page">
      <p className="breadcrumb">
        <Link href={MODELS_ROUTE}>{t('models.catalog.title')}</Link>
      </p>
      <h1 id="compare-title">{t('models.compare.title')}</h1>
      <p className="muted">{t('models.compare.memoryNote')}</p>
      <div className="table-scroll">
        <table className="data-table compare-table">
          <thead>
            <tr>
              <td />
              {models.map((model) => (
                <th key={model.id} scope="col">
                  <Link href={modelPath(model.slug)}>{model.name}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, cell]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {models.map((model) => (
                  <td key={model.id}>
                    <span className="cell-text">{cell(model)}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
