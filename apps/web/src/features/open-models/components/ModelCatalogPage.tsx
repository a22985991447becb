import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { problemMessage } from '../../../shared/graphql/problem-message';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import { usePageTitle } from '../../../shared/ui/use-page-title';
import { useQuery } from '../../learn/hooks/use-query';
import { CatalogChoicesQuery } from '../graphql/catalog-choices.query';
import { useCatalogStaff } from '../hooks/use-catalog-staff';
import { useModelCatalog } from '../hooks/use-model-catalog';
import { filterFromSearch, isFiltered, type ModelFilter, searchFromFilter } from '../model/catalog-filter';
import { keepCompareSelection, readCompareSelection, toggleCompare } from '../model/compare-selection';
import { COMPARE_MAX, COMPARE_MIN, comparePath, MODEL_NEW_ROUTE, MODELS_ROUTE } from '../model-paths';
import { ModelFilters } from './ModelFilters';
import { ModelResultCard } from './ModelResultCard';

const noVariables = {};

/** The open-model catalog: search, filters with counts, "fits my device", pages, and a comparison. */
export function ModelCatalogPage() {
  const { t } = useTranslation();
  usePageTitle(t('models.catalog.title'));
  const search = useSearch();
  const [, navigate] = useLocation();
  const filter = filterFromSearch(search);
  const catalog = useModelCatalog(filter);
  const choices = useQuery(CatalogChoicesQuery, noVariables).state;
  const [selection, setSelection] = useState(readCompareSelection);
  const staff = useCatalogStaff();

  // The filter lives in the address, so a link reproduces the view.
  const apply = useCallback(
    (change: Partial<ModelFilter>) => navigate(`${MODELS_ROUTE}${searchFromFilter({ ...filterFromSearch(search), ...change })}`, { replace: true }),
    [navigate, search],
  );

  function onCompare(slug: string) {
    const next = toggleCompare(selection, slug);
    setSelection(next);
    keepCompareSelection(next);
  }

  function clearSelection() {
    setSelection([]);
    keepCompareSelection([]);
  }

  const filtered = isFiltered(filter);
  return (
    <section aria-labelledby="models-title" className="model-catalog">
      <h1 id="models-title">{t('models.catalog.title')}</h1>
      <p className="lead">{t('models.catalog.lead')}</p>
      {staff ? (
        <p>
          <Link href={MODEL_NEW_ROUTE}>{t('models.catalog.addModel')}</Link>
        </p>
      ) : null}
      <ModelFilters
        filter={filter}
        facets={catalog.facets}
        languages={choices.phase === 'ready' ? choices.data.catalogLanguages : []}
        devices={choices.phase === 'ready' ? choices.data.devicePresets : []}
        onChange={apply}
      />

      <div aria-live="polite" className="results-summary">
        {catalog.phase === 'loading' ? (
          <p className="muted">{t('models.catalog.loading')}</p>
        ) : catalog.models.length > 0 ? (
          <p>{t('models.catalog.showing', { shown: catalog.models.length, count: catalog.totalCount })}</p>
        ) : !catalog.problem ? (
          <p>{filtered ? t('models.catalog.noMatch') : t('models.catalog.empty')}</p>
        ) : null}
      </div>
      {filtered && catalog.phase !== 'loading' ? (
        <p>
          <Link href={MODELS_ROUTE}>{t('models.catalog.clearFilters')}</Link>
        </p>
      ) : null}

      <CompareBar selection={selection} onClear={clearSelection} />

      {catalog.models.length > 0 ? (
        <ul className="course-list" aria-labelledby="models-title">
          {catalog.models.map((model) => (
            <ModelResultCard
              key={model.id}
              model={model}
              compared={selection.includes(model.slug)}
              canCompare={selection.length < COMPARE_MAX}
              onCompare={onCompare}
            />
          ))}
        </ul>
      ) : null}

      {catalog.problem ? (
        <StatusMessage tone="error">
          {problemMessage(t, catalog.problem)}{' '}
          <button type="button" className="link-button" onClick={catalog.models.length > 0 ? catalog.loadMore : catalog.reload}>
            {t('models.retry')}
          </button>
        </StatusMessage>
      ) : null}

      {catalog.hasNextPage && !catalog.problem ? (
        <button type="button" className="button load-more" disabled={catalog.phase !== 'idle'} onClick={catalog.loadMore}>
          {catalog.phase === 'loadingMore' ? t('models.catalog.loadingMore') : t('models.catalog.loadMore')}
        </button>
      ) : null}
    </section>
  );
}

/** The models ticked for comparison and the way to the side-by-side table. */
function CompareBar({ selection, onClear }: { selection: string[]; onClear: () => void }) {
  const { t } = useTranslation();
  if (selection.length === 0) return null;
  const ready = selection.length >= COMPARE_MIN;
  return (
    <div className="compare-bar" role="region" aria-label={t('models.compare.selectionLabel')}>
      <p>{t('models.compare.selected', { count: selection.length, max: COMPARE_MAX })}</p>
      <div className="actions">
        {ready ? (
          <Link className="button button-primary" href={comparePath(selection)}>
            {t('models.compare.open', { count: selection.length })}
          </Link>
        ) : (
          <span className="muted">{t('models.compare.pickMore', { min: COMPARE_MIN })}</span>
        )}
        <button type="button" className="link-button" onClick={onClear}>
          {t('models.compare.clear')}
        </button>
      </div>
    </div>
  );
}
