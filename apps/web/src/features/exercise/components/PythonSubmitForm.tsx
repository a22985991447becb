import { SUBMISSION_LIMITS } from '@sankofa/domain';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import { formatBytes } from '../../learn/format';
import type { ExerciseScope } from '../../submissions/model/exercise-scope';
import { useCodeDraft } from '../hooks/use-code-draft';
import { CodeEditorField } from './CodeEditorField';
import '../../learn/i18n/learner-messages';

export interface PythonSubmitFormProps {
  scope: ExerciseScope;
  starterCode: string;
  timeLimitSeconds: number | null;
  submitControl: ReactNode;
  onSubmit: (code: string) => void;
}

/** The learner's module, written in the editor from the starter code, kept as a draft on this device. */
export function PythonSubmitForm({ scope, starterCode, timeLimitSeconds, submitControl, onSubmit }: PythonSubmitFormProps) {
  const { t, i18n } = useTranslation();
  const [code, setCode] = useCodeDraft(scope, starterCode);
  const [notice, setNotice] = useState<{ kind: 'restored' } | { kind: 'tooLarge'; bytes: number } | null>(null);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    // The API counts bytes, not characters: "é" or "ɔ" take two.
    const bytes = new TextEncoder().encode(code).length;
    if (bytes > SUBMISSION_LIMITS.codeBytes) return setNotice({ kind: 'tooLarge', bytes });
    setNotice(null);
    onSubmit(code);
  }

  function restoreStarter() {
    setCode(starterCode);
    setNotice({ kind: 'restored' });
  }

  return (
    <form aria-labelledby="code-title" onSubmit={handleSubmit} noValidate>
      <h2 id="code-title">{t('exercise.yourCode')}</h2>
      <CodeEditorField labelledBy="code-title" help={t('exercise.editorHelp')} value={code} onChange={setCode} />
      {timeLimitSeconds ? <p className="muted">{t('exercise.timeLimit', { count: timeLimitSeconds })}</p> : null}
      {notice?.kind === 'tooLarge' ? (
        <StatusMessage tone="error">
          {t('exercise.codeTooLarge', { size: formatBytes(notice.bytes, i18n.language), limit: formatBytes(SUBMISSION_LIMITS.codeBytes, i18n.language) })}
        </StatusMessage>
      ) : null}
      {notice?.kind === 'restored' ? <StatusMessage tone="info">{t('exercise.starterRestored')}</StatusMessage> : null}
      <div className="actions">
        {submitControl}
        <button type="button" className="button" disabled={code === starterCode} onClick={restoreStarter}>
          {t('exercise.restoreStarter')}
        </button>
      </div>
    </form>
  );
}
