import { SUBMISSION_LIMITS } from '@sankofa/domain';
import { type ChangeEvent, type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import { formatBytes } from '../../learn/format';
import type { PredictionTask } from '../graphql/exercise.query';
import '../../learn/i18n/learner-messages';

export interface PredictionSubmitFormProps {
  task: PredictionTask;
  submitControl: ReactNode;
  onSubmit: (predictionsCsv: string) => void;
}

type Chosen =
  | { kind: 'none' }
  | { kind: 'ready'; name: string; size: number; text: string }
  | { kind: 'tooLarge'; size: number }
  | { kind: 'unreadable' };

/**
 * The predictions file. It is read in the browser and sent as text; a file over the limit is
 * refused here, before a learner on a metered connection pays to upload it.
 */
export function PredictionSubmitForm({ task, submitControl, onSubmit }: PredictionSubmitFormProps) {
  const { t, i18n } = useTranslation();
  const [chosen, setChosen] = useState<Chosen>({ kind: 'none' });
  const [missing, setMissing] = useState(false);
  const size = (bytes: number) => formatBytes(bytes, i18n.language);
  const limit = size(SUBMISSION_LIMITS.predictionsBytes);
  const columns = { idColumn: task.idColumn, targetColumn: task.targetColumn };

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    setMissing(false);
    const file = event.target.files?.[0];
    if (!file) return setChosen({ kind: 'none' });
    if (file.size > SUBMISSION_LIMITS.predictionsBytes) return setChosen({ kind: 'tooLarge', size: file.size });
    try {
      setChosen({ kind: 'ready', name: file.name, size: file.size, text: await file.text() });
    } catch {
      setChosen({ kind: 'unreadable' });
    }
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (chosen.kind !== 'ready') return setMissing(chosen.kind === 'none');
    onSubmit(chosen.text);
  }

  return (
    <form aria-labelledby="predictions-title" onSubmit={handleSubmit} noValidate>
      <h2 id="predictions-title">{t('exercise.predictionsFile')}</h2>
      <div className="field">
        <label htmlFor="predictions-file">{t('exercise.csvFile')}</label>
        <input id="predictions-file" type="file" accept=".csv,text/csv" aria-describedby="predictions-help" onChange={(event) => void onFile(event)} />
        <p id="predictions-help" className="field-hint">
          {t('exercise.predictionsHelp', { ...columns, limit })}
        </p>
      </div>
      {chosen.kind === 'ready' ? <p role="status">{t('exercise.fileReady', { name: chosen.name, size: size(chosen.size) })}</p> : null}
      {chosen.kind === 'tooLarge' ? <StatusMessage tone="error">{t('exercise.fileTooLarge', { ...columns, size: size(chosen.size), limit })}</StatusMessage> : null}
      {chosen.kind === 'unreadable' ? <StatusMessage tone="error">{t('exercise.fileUnreadable')}</StatusMessage> : null}
      {missing ? <StatusMessage tone="error">{t('exercise.fileMissing')}</StatusMessage> : null}
      {submitControl}
    </form>
  );
}
