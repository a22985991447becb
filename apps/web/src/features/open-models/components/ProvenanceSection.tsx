import { useTranslation } from 'react-i18next';
import type { OpenModelDetail } from '../graphql/open-model-detail.fragment';

/** Where each fact comes from, and whether it is stated there or computed: collapsed, for the curious. */
export function ProvenanceSection({ sources, facts }: Pick<OpenModelDetail, 'sources' | 'facts'>) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="sources-title">
      <h2 id="sources-title">{t('models.sources.title')}</h2>
      <ul>
        {sources.map((source) => (
          <li key={source.id}>
            <a href={source.url} rel="noreferrer">
              {source.title}
            </a>{' '}
            <span className="muted">{t('models.sources.accessed', { date: source.accessed })}</span>
          </li>
        ))}
      </ul>
      {facts.length > 0 ? (
        <details className="provenance">
          <summary>{t('models.sources.provenance', { count: facts.length })}</summary>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('models.sources.field')}</th>
                  <th scope="col">{t('models.sources.kind')}</th>
                  <th scope="col">{t('models.sources.source')}</th>
                </tr>
              </thead>
              <tbody>
                {facts.map((fact) => (
                  <tr key={fact.field}>
                    <th scope="row">
                      <code>{fact.field}</code>
                    </th>
                    <td>
                      <span className="cell-text">
                        {t(`models.sources.kinds.${fact.kind}`)}
                        {fact.note ? <span className="fact-note">{fact.note}</span> : null}
                      </span>
                    </td>
                    <td>
                      <a className="cell-text" href={fact.source.url} rel="noreferrer">
                        {fact.source.title}
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </section>
  );
}
