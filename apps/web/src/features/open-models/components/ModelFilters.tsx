import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenModelFacets } from '../graphql/open-models.query';
import type { CatalogLanguage, DevicePreset, FacetCount } from '../graphql/open-model.types';
import {
  AFRICAN,
  COMMERCIAL_CHOICES,
  type CommercialChoice,
  CUSTOM_DEVICE,
  MAX_CONTEXT,
  type ModelFilter,
  QUANTIZATIONS,
  SIZE_RANGE_IDS,
  type SizeRange,
  SORTS,
} from '../model/catalog-filter';
import { formatGib } from '../model/format';
import { useModalityLabel, useTaskLabel } from './labels';

/** How long the search box waits after the last keystroke before searching. */
export const SEARCH_DEBOUNCE_MS = 400;

interface ModelFiltersProps {
  filter: ModelFilter;
  facets: OpenModelFacets | null;
  languages: CatalogLanguage[];
  devices: DevicePreset[];
  onChange: (change: Partial<ModelFilter>) => void;
}

const countOf = (facet: FacetCount[] | undefined, value: string) => facet?.find((f) => f.value === value)?.count;

/** Options from a facet, plus the chosen value when the facet no longer lists it. */
function facetOptions(facet: FacetCount[] | undefined, chosen: string | null): FacetCount[] {
  const options = [...(facet ?? [])];
  if (chosen && !options.some((o) => o.value === chosen)) options.push({ value: chosen, label: chosen, count: 0 });
  return options;
}

/** The catalog's search and filters; every change goes to the address at once (search after a pause). */
export function ModelFilters({ filter, facets, languages, devices, onChange }: ModelFiltersProps) {
  const { t, i18n } = useTranslation();
  const taskLabel = useTaskLabel();
  const modalityLabel = useModalityLabel();
  const withCount = (label: string, count: number | undefined) => (count === undefined ? label : t('models.filters.withCount', { label, count }));

  const [query, setQuery] = useState(filter.query);
  const [context, setContext] = useState(String(filter.contextLength));
  const [gib, setGib] = useState(filter.customGib ? String(filter.customGib) : '');
  // Keep the boxes in step when the address changes underneath (back button, a shared link).
  const boxes = JSON.stringify([filter.query, filter.contextLength, filter.customGib]);
  const [shownBoxes, setShownBoxes] = useState(boxes);
  if (shownBoxes !== boxes) {
    setShownBoxes(boxes);
    setQuery(filter.query);
    setContext(String(filter.contextLength));
    setGib(filter.customGib ? String(filter.customGib) : '');
  }

  // Debounced search: one request when the reader pauses, not one per keystroke.
  useEffect(() => {
    if (query.trim() === filter.query.trim()) return;
    const timer = setTimeout(() => onChange({ query }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, filter.query, onChange]);

  const contextValue = Number(context);
  const contextValid = Number.isInteger(contextValue) && contextValue >= 1 && contextValue <= MAX_CONTEXT;
  const gibValue = Number(gib);
  const gibValid = gib === '' || (Number.isFinite(gibValue) && gibValue > 0);

  function commitNumbers() {
    const change: Partial<ModelFilter> = {};
    if (contextValid && contextValue !== filter.contextLength) change.contextLength = contextValue;
    if (gibValid && filter.device === CUSTOM_DEVICE) {
      const next = gib === '' ? null : gibValue;
      if (next !== filter.customGib) change.customGib = next;
    }
    if (Object.keys(change).length) onChange(change);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    commitNumbers();
    if (query.trim() !== filter.query.trim()) onChange({ query });
  }

  const chosenDevice = devices.find((d) => d.id === filter.device);
  const commercialCount = (choice: CommercialChoice) => {
    if (!facets) return undefined;
    return COMMERCIAL_CHOICES[choice].reduce((sum, value) => sum + (countOf(facets.commercialUse, value) ?? 0), 0);
  };

  return (
    <form role="search" className="model-filters" aria-label={t('models.filters.label')} onSubmit={onSubmit}>
      <div className="field model-search">
        <label htmlFor="model-search">{t('models.filters.search')}</label>
        <input id="model-search" type="search" maxLength={100} value={query} aria-describedby="model-search-hint" onChange={(e) => setQuery(e.target.value)} />
        <p id="model-search-hint" className="field-hint">
          {t('models.filters.searchHint')}
        </p>
      </div>

      <div className="field">
        <label htmlFor="model-task">{t('models.filters.task')}</label>
        <select id="model-task" value={filter.task ?? ''} onChange={(e) => onChange({ task: e.target.value || null })}>
          <option value="">{t('models.filters.anyTask')}</option>
          {facetOptions(facets?.tasks, filter.task).map((o) => (
            <option key={o.value} value={o.value}>
              {withCount(taskLabel(o.value, o.label), o.count)}
            </option>
          ))}
        </select>
      </div>

      <div className="field">
        <label htmlFor="model-modality">{t('models.filters.modality')}</label>
        <select id="model-modality" value={filter.modality ?? ''} onChange={(e) => onChange({ modality: e.target.value || null })}>
          <option value="">{t('models.filters.anyModality')}</option>
          {facetOptions(facets?.modalities, filter.modality).map((o) => (
            <option key={o.value} value={o.value}>
              {withCount(modalityLabel(o.value, o.label), o.count)}
            </option>
          ))}
        </select>
      </div>

      <div className="field">
        <label htmlFor="model-language">{t('models.filters.language')}</label>
        <select id="model-language" value={filter.language ?? ''} onChange={(e) => onChange({ language: e.target.value || null })}>
          <option value="">{t('models.filters.anyLanguage')}</option>
          <option value={AFRICAN}>{t('models.filters.anyAfrican')}</option>
          {languages.map((language) => (
            <option key={language.code} value={language.code}>
              {withCount(language.african ? t('models.filters.africanLanguage', { name: language.name }) : language.name, countOf(facets?.languages, language.code))}
            </option>
          ))}
          {filter.language && filter.language !== AFRICAN && !languages.some((l) => l.code === filter.language) ? <option value={filter.language}>{filter.language}</option> : null}
        </select>
      </div>

      <div className="field">
        <label htmlFor="model-commercial">{t('models.filters.commercial')}</label>
        <select id="model-commercial" value={filter.commercial ?? ''} onChange={(e) => onChange({ commercial: (e.target.value || null) as CommercialChoice | null })}>
          <option value="">{t('models.filters.anyLicence')}</option>
          {(Object.keys(COMMERCIAL_CHOICES) as CommercialChoice[]).map((choice) => (
            <option key={choice} value={choice}>
              {withCount(t(`models.filters.commercialChoices.${choice}`), commercialCount(choice))}
            </option>
          ))}
        </select>
      </div>

      <div className="field">
        <label htmlFor="model-size">{t('models.filters.size')}</label>
        <select id="model-size" value={filter.size ?? ''} onChange={(e) => onChange({ size: (e.target.value || null) as SizeRange | null })}>
          <option value="">{t('models.filters.anySize')}</option>
          {SIZE_RANGE_IDS.map((range) => (
            <option key={range} value={range}>
              {t(`models.filters.sizes.${range}`)}
            </option>
          ))}
        </select>
      </div>

      <fieldset className="device-fit">
        <legend>{t('models.filters.fits')}</legend>
        <div className="field">
          <label htmlFor="model-device">{t('models.filters.device')}</label>
          <select
            id="model-device"
            value={filter.device ?? ''}
            aria-describedby={chosenDevice ? 'model-device-hint' : undefined}
            onChange={(e) => onChange({ device: e.target.value || null })}
          >
            <option value="">{t('models.filters.anyDevice')}</option>
            {devices.map((device) => (
              <option key={device.id} value={device.id}>
                {device.name}
              </option>
            ))}
            <option value={CUSTOM_DEVICE}>{t('models.filters.customDevice')}</option>
            {filter.device && filter.device !== CUSTOM_DEVICE && devices.length > 0 && !devices.some((d) => d.id === filter.device) ? (
              <option value={filter.device}>{filter.device}</option>
            ) : null}
          </select>
        </div>
        {chosenDevice ? (
          <p id="model-device-hint" className="field-hint">
            {t('models.filters.deviceHint', { usable: formatGib(chosenDevice.usableBytes, i18n.language), explanation: chosenDevice.explanation })}
          </p>
        ) : null}
        {filter.device === CUSTOM_DEVICE ? (
          <div className="field">
            <label htmlFor="model-gib">{t('models.filters.customGib')}</label>
            <input
              id="model-gib"
              type="number"
              inputMode="decimal"
              min="0.5"
              step="0.5"
              value={gib}
              aria-invalid={!gibValid || undefined}
              aria-describedby="model-gib-hint"
              onChange={(e) => setGib(e.target.value)}
              onBlur={commitNumbers}
            />
            <p id="model-gib-hint" className="field-hint">
              {t('models.filters.customGibHint')}
            </p>
          </div>
        ) : null}
        {filter.device ? (
          <>
            <div className="field">
              <label htmlFor="model-quant">{t('models.filters.quantization')}</label>
              <select id="model-quant" value={filter.quantization} onChange={(e) => onChange({ quantization: e.target.value as ModelFilter['quantization'] })}>
                {QUANTIZATIONS.map((q) => (
                  <option key={q} value={q}>
                    {t(`models.quantizations.${q}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="model-context">{t('models.filters.context')}</label>
              <input
                id="model-context"
                type="number"
                inputMode="numeric"
                min="1"
                max={MAX_CONTEXT}
                step="1"
                value={context}
                aria-invalid={!contextValid || undefined}
                aria-describedby="model-context-hint"
                onChange={(e) => setContext(e.target.value)}
                onBlur={commitNumbers}
              />
              <p id="model-context-hint" className={contextValid ? 'field-hint' : 'field-error'}>
                {contextValid ? t('models.filters.contextHint') : t('models.filters.contextInvalid', { max: MAX_CONTEXT })}
              </p>
            </div>
          </>
        ) : null}
      </fieldset>

      <div className="field">
        <label htmlFor="model-sort">{t('models.filters.sort')}</label>
        <select id="model-sort" value={filter.sort} onChange={(e) => onChange({ sort: e.target.value as ModelFilter['sort'] })}>
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`models.filters.sorts.${sort}`)}
            </option>
          ))}
        </select>
      </div>
      {/* Enter in a number box applies it; the button is there for those who look for one. */}
      <button type="submit" className="button">
        {t('models.filters.apply')}
      </button>
    </form>
  );
}
