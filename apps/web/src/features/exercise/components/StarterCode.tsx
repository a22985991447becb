import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../learn/i18n/learner-messages';

/** The code a Python exercise starts from, read-only, with a button to copy it. */
export function StarterCode({ code, timeLimitSeconds }: { code: string; timeLimitSeconds: number | null }) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function onCopy() {
    try {
      await navigator.clipboard.writeText(code);
      setCopy('copied');
    } catch {
      // No clipboard (an insecure origin, an old browser, a refused permission): say so, the
      // code can still be selected by hand.
      setCopy('failed');
    }
  }

  return (
    <section>
      <div className="code-heading">
        <h2 id="starter-title">{t('exercise.starterCode')}</h2>
        <button type="button" className="button button-small" onClick={() => void onCopy()}>
          {t('exercise.copy')}
        </button>
      </div>
      <p className="copy-status" role="status">
        {copy === 'copied' ? t('exercise.copied') : copy === 'failed' ? t('exercise.copyFailed') : ''}
      </p>
      {/* Focusable so keyboard users can scroll long lines sideways. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <pre className="starter-code" tabIndex={0}>
        <code className="language-python">{code}</code>
      </pre>
      {timeLimitSeconds ? <p className="muted">{t('exercise.timeLimit', { count: timeLimitSeconds })}</p> : null}
    </section>
  );
}
