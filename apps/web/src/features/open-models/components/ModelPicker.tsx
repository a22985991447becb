import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphqlClient } from '../../../shared/graphql/provider';
import { type ModelPickerData, ModelPickerQuery } from '../graphql/model-picker.query';
import { addModelToLesson, modelsOfLesson } from '../model/front-matter-models';
import '../i18n/card-messages';
import '../open-model-cards.css';

const PICKER_RESULTS = 8;
const SEARCH_DELAY_MS = 300;

type Found = { query: string } & ({ ok: false } | { ok: true; items: ModelPickerData['openModels']['items'] });

/**
 * Beside a lesson file in the course editor: the models its front matter names, and a search
 * of the catalog whose results add their slug to that list (the validator checks the slug).
 */
export function ModelPicker({ content, onChange }: { content: string; onChange: (content: string) => void }) {
  const { t } = useTranslation();
  const client = useGraphqlClient();
  const id = useId();
  const [text, setText] = useState('');
  const [found, setFound] = useState<Found | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const named = modelsOfLesson(content);
  const query = text.trim();
  // The answer shown is the one for what the box holds now; until it comes, "Searching…".
  const results = !query ? { phase: 'idle' as const } : found?.query !== query ? { phase: 'searching' as const } : found.ok ? { phase: 'ready' as const, items: found.items } : { phase: 'failed' as const };

  useEffect(() => {
    const query = text.trim();
    if (!query) return;
    let active = true;
    const timer = setTimeout(() => {
      void client
        .query(ModelPickerQuery, { query, first: PICKER_RESULTS })
        .toPromise()
        .then((result) => {
          if (!active) return;
          setFound(result.data && !result.error ? { query, ok: true, items: result.data.openModels.items } : { query, ok: false });
        });
    }, SEARCH_DELAY_MS);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [client, text]);

  function add(slug: string, name: string) {
    const next = addModelToLesson(content, slug);
    if (next === null) return setNotice(t('modelCards.picker.cannotEdit'));
    if (next !== content) onChange(next);
    setNotice(t('modelCards.picker.added', { name }));
  }

  return (
    <section className="panel model-picker" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('modelCards.picker.title')}</h3>
      {named.length > 0 ? (
        <ul className="picked-models">
          {named.map((slug) => (
            <li key={slug}>
              <code>{slug}</code>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('modelCards.picker.none')}</p>
      )}
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('modelCards.picker.search')}</label>
        <input id={`${id}-search`} type="search" maxLength={100} value={text} aria-describedby={`${id}-hint`} onChange={(e) => setText(e.target.value)} />
        <p id={`${id}-hint`} className="field-hint">
          {t('modelCards.picker.hint')}
        </p>
      </div>
      <div aria-live="polite">
        {results.phase === 'searching' ? <p className="muted">{t('modelCards.picker.searching')}</p> : null}
        {results.phase === 'failed' ? <p className="field-error">{t('modelCards.picker.failed')}</p> : null}
        {results.phase === 'ready' && results.items.length === 0 ? <p>{t('modelCards.picker.noMatch')}</p> : null}
        {notice ? <p>{notice}</p> : null}
      </div>
      {results.phase === 'ready' && results.items.length > 0 ? (
        <ul className="picker-results">
          {results.items.map((model) => (
            <li key={model.slug}>
              <span>
                {model.name} <span className="muted">· {model.organization}</span> <code>{model.slug}</code>
              </span>{' '}
              <button type="button" className="button button-small" disabled={named.includes(model.slug)} onClick={() => add(model.slug, model.name)}>
                {t('modelCards.picker.add', { name: model.name })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
