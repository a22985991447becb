import { ExerciseKind } from '@sankofa/domain';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../../shared/graphql/use-mutation';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import { OverrideScoreMutation } from '../graphql/override-score.mutation';
import type { StaffSubmission } from '../graphql/staff-submission.fragment';
import { useReasonedAction } from '../hooks/use-reasoned-action';
import { parseOverrideScore } from '../model/override-score';
import { invalidField, staffProblemMessage } from '../model/staff-problem';
import { ReasonField } from './ReasonField';
import '../i18n/grading-messages';

/** Sets the submission's score by hand; the reason, the author and the time are kept. */
export function OverrideScoreForm({ submission, onDone }: { submission: StaffSubmission; onDone: (submission: StaffSubmission) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const action = useReasonedAction();
  const [scoreText, setScoreText] = useState('');
  const [scoreInvalid, setScoreInvalid] = useState(false);
  const [done, setDone] = useState(false);
  const [{ pending }, override] = useMutation(OverrideScoreMutation);
  const prediction = submission.kind === ExerciseKind.PREDICTION;
  const scoreError = scoreInvalid ? t(prediction ? 'grading.errors.scoreNumber' : 'grading.errors.scorePercent') : null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const score = parseOverrideScore(scoreText, submission.kind);
    setScoreInvalid(score === null);
    const reason = action.checkedReason();
    if (score === null || reason === null) return;
    const outcome = await override({ submissionId: submission.id, score, reason });
    if (!outcome.ok) {
      if (invalidField(outcome.problem) === 'score') setScoreInvalid(true);
      else action.refused(outcome.problem);
      return;
    }
    action.reset();
    setScoreText('');
    setDone(true);
    onDone(outcome.data.overrideScore);
  }

  const scoreId = `${id}-score`;
  return (
    <form noValidate className="stack" aria-labelledby={`${id}-title`} onSubmit={(event) => void onSubmit(event)}>
      <h4 id={`${id}-title`}>{t('grading.override.open')}</h4>
      <div className="field">
        <label htmlFor={scoreId}>{prediction ? t('grading.override.score') : `${t('grading.override.score')} (%)`}</label>
        <p id={`${scoreId}-hint`} className="field-hint">
          {prediction ? t('grading.override.scoreHintMetric', { metric: submission.result?.metric ?? '' }) : t('grading.override.scoreHintPercent')}
        </p>
        <input
          id={scoreId}
          inputMode="decimal"
          autoComplete="off"
          aria-required="true"
          value={scoreText}
          aria-invalid={scoreError ? true : undefined}
          aria-describedby={scoreError ? `${scoreId}-error ${scoreId}-hint` : `${scoreId}-hint`}
          onChange={(event) => {
            setScoreText(event.target.value);
            setScoreInvalid(false);
          }}
        />
        {scoreError ? (
          <p id={`${scoreId}-error`} className="field-error">
            {scoreError}
          </p>
        ) : null}
      </div>
      <ReasonField id={`${id}-reason`} value={action.reason} onChange={action.changeReason} error={action.reasonError} />
      {action.problem ? <StatusMessage tone="error">{staffProblemMessage(t, action.problem)}</StatusMessage> : null}
      {done ? <StatusMessage tone="success">{t('grading.override.done')}</StatusMessage> : null}
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('grading.override.pending') : t('grading.override.submit')}
        </button>
      </div>
    </form>
  );
}
