import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../shared/graphql/problem-message';
import { type Problem, toProblem } from '../../../shared/graphql/problem';
import { useGraphqlClient } from '../../../shared/graphql/provider';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import type { MemoryEstimate } from '../graphql/memory-estimate.fragment';
import { OpenModelMemoryQuery } from '../graphql/open-model-memory.query';
import type { DevicePreset, MemoryProfile } from '../graphql/open-model.types';
import { DEFAULT_CONTEXT, MAX_CONTEXT } from '../model/catalog-filter';
import { formatGib, formatInteger } from '../model/format';

interface MemorySectionProps {
  slug: string;
  profile: MemoryProfile;
  /** The table at the default context, from the page's query. */
  initial: MemoryEstimate[];
  devices: DevicePreset[];
  /** The model's own maximum context, where published. */
  maxContext: number | null;
}

/**
 * What running the model needs: weights + KV cache + overhead at Q4_K_M, Q8_0 and F16, for a
 * context the reader can change (the table is asked again), and which device presets it fits.
 * Speech, embedding and vision models show their weights only, and say so.
 */
export function MemorySection({ slug, profile, initial, devices, maxContext }: MemorySectionProps) {
  const { t, i18n } = useTranslation();
  const client = useGraphqlClient();
  const [context, setContext] = useState(DEFAULT_CONTEXT);
  const [typed, setTyped] = useState(String(DEFAULT_CONTEXT));
  // The latest answer for another context; the default context's table came with the page.
  const [fetched, setFetched] = useState<{ context: number; rows: MemoryEstimate[] } | { context: number; problem: Problem } | null>(null);
  const weightsOnly = profile === 'WEIGHTS_ONLY';
  const limit = Math.min(maxContext ?? MAX_CONTEXT, MAX_CONTEXT);

  useEffect(() => {
    if (context === DEFAULT_CONTEXT) return;
    let active = true;
    void client
      .query(OpenModelMemoryQuery, { slug, contextLength: context })
      .toPromise()
      .then((result) => {
        if (!active) return;
        const memory = result.data?.openModel?.memory;
        if (memory && !result.error) setFetched({ context, rows: memory });
        else setFetched({ context, problem: result.error ? toProblem(result.error) : { kind: 'graphql', code: 'UNKNOWN' } });
      });
    return () => {
      active = false;
    };
  }, [client, slug, context]);

  const current = context === DEFAULT_CONTEXT ? { context, rows: initial } : fetched?.context === context ? fetched : null;
  const loading = current === null;
  const problem = current && 'problem' in current ? current.problem : null;
  // While another context loads, the previous table stays in view (marked busy).
  const [shown, setShown] = useState({ context: DEFAULT_CONTEXT, rows: initial });
  if (current && 'rows' in current && (current.context !== shown.context || current.rows !== shown.rows)) setShown(current);
  const rows = shown.rows;

  const typedValue = Number(typed);
  const valid = Number.isInteger(typedValue) && typedValue >= 1 && typedValue <= limit;
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (valid) setContext(typedValue);
  }

  const gib = (bytes: number) => formatGib(bytes, i18n.language);
  const deviceName = (id: string) => devices.find((d) => d.id === id)?.name ?? id;
  const fitsText = (row: MemoryEstimate) => {
    const names = row.fits.filter((f) => f.fits).map((f) => deviceName(f.deviceId));
    return names.length ? names.join(', ') : t('models.memory.fitsNone');
  };

  return (
    <section aria-labelledby="memory-title">
      <h2 id="memory-title">{t('models.memory.title')}</h2>
      {weightsOnly ? (
        <p className="message message-info">{t('models.memory.weightsOnlyNote')}</p>
      ) : (
        <form className="context-form" onSubmit={onSubmit}>
          <div className="field">
            <label htmlFor="memory-context">{t('models.memory.context')}</label>
            <div className="search-row">
              <input
                id="memory-context"
                type="number"
                inputMode="numeric"
                min="1"
                max={limit}
                step="1"
                value={typed}
                aria-invalid={!valid || undefined}
                aria-describedby="memory-context-hint"
                onChange={(e) => setTyped(e.target.value)}
              />
              <button type="submit" className="button" disabled={!valid || loading}>
                {t('models.memory.update')}
              </button>
            </div>
            <p id="memory-context-hint" className={valid ? 'field-hint' : 'field-error'}>
              {valid ? t('models.memory.contextHint', { max: formatInteger(limit, i18n.language) }) : t('models.memory.contextInvalid', { max: formatInteger(limit, i18n.language) })}
            </p>
          </div>
        </form>
      )}
      {problem ? <StatusMessage tone="error">{problemMessage(t, problem)}</StatusMessage> : null}
      {rows.length === 0 ? (
        <p>{t('models.memory.unknown')}</p>
      ) : (
        <div className="table-scroll" aria-busy={loading || undefined}>
          <table className="data-table memory-table">
            <caption>
              {weightsOnly ? t('models.memory.captionWeights') : t('models.memory.caption', { tokens: formatInteger(shown.context, i18n.language) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('models.memory.quantization')}</th>
                <th scope="col">{t('models.memory.weights')}</th>
                {weightsOnly ? null : (
                  <>
                    <th scope="col">{t('models.memory.kvCache')}</th>
                    <th scope="col">{t('models.memory.overhead')}</th>
                    <th scope="col">{t('models.memory.total')}</th>
                  </>
                )}
                <th scope="col">{t('models.memory.fits')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.quantization}>
                  <th scope="row">{row.weightsOnly ? t('models.memory.weightsOnlyRow', { quantization: row.quantization }) : row.quantization}</th>
                  <td>{gib(row.weightsBytes)}</td>
                  {weightsOnly ? null : (
                    <>
                      <td>{gib(row.kvCacheBytes)}</td>
                      <td>{gib(row.overheadBytes)}</td>
                      <td>
                        <strong>{gib(row.totalBytes)}</strong>
                      </td>
                    </>
                  )}
                  <td>
                    <span className="cell-text">{fitsText(row)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {devices.length > 0 ? (
        <details className="device-presets">
          <summary>{t('models.memory.devicesTitle')}</summary>
          <dl className="facts">
            {devices.map((device) => (
              <div key={device.id}>
                <dt>{device.name}</dt>
                <dd>
                  {t('models.memory.deviceUsable', { usable: gib(device.usableBytes), total: gib(device.totalBytes) })} {device.explanation}
                </dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
    </section>
  );
}
