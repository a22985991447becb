import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../shared/graphql/problem-message';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import { formatDateTime } from '../../submissions/format';
import { useQuery } from '../../learn/hooks/use-query';
import { OpenModelHistoryQuery } from '../graphql/open-model-history.query';

/** The change history (staff): asked for only when the reader opens it. */
export function ModelHistory({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="model-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('models.history.title')}</summary>
      {open ? <HistoryList slug={slug} /> : null}
    </details>
  );
}

function HistoryList({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const { state, reload } = useQuery(OpenModelHistoryQuery, { slug });
  if (state.phase === 'loading') return <p className="muted">{t('models.history.loading')}</p>;
  if (state.phase === 'failed') {
    return (
      <StatusMessage tone="error">
        {problemMessage(t, state.problem)}{' '}
        <button type="button" className="link-button" onClick={reload}>
          {t('models.retry')}
        </button>
      </StatusMessage>
    );
  }
  if (state.data.openModelHistory.length === 0) return <p>{t('models.history.empty')}</p>;
  return (
    <ol className="change-list">
      {state.data.openModelHistory.map((change) => (
        <li key={change.id}>
          <p>
            <time dateTime={change.at}>{formatDateTime(change.at, i18n.language)}</time> · {change.byName} ·{' '}
            {t(`models.history.actions.${change.action as 'created' | 'updated' | 'imported'}`, { defaultValue: change.action })}
          </p>
          {change.changes.length > 0 ? (
            <ul>
              {change.changes.map((field) => (
                <li key={field.field}>
                  <code>{field.field}</code>: {field.before ?? '—'} → {field.after ?? '—'}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
