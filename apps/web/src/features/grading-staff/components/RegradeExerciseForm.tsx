import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../../shared/graphql/use-mutation';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import { RegradeExerciseMutation } from '../graphql/regrade-exercise.mutation';
import { useReasonedAction } from '../hooks/use-reasoned-action';
import { staffProblemMessage } from '../model/staff-problem';
import { ReasonField } from './ReasonField';
import '../i18n/grading-messages';

export interface RegradeExerciseFormProps {
  courseSlug: string;
  exerciseSlug: string;
  /** Submissions were queued: the list shows them queued. */
  onQueued: () => void;
}

/** Regrades every submission of the exercise: a reason, then a confirmation, then how many were queued. */
export function RegradeExerciseForm({ courseSlug, exerciseSlug, onQueued }: RegradeExerciseFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const action = useReasonedAction();
  const [confirming, setConfirming] = useState(false);
  const [queued, setQueued] = useState<number | null>(null);
  const [{ pending }, regradeAll] = useMutation(RegradeExerciseMutation);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // The button pressed gives way to the question: keyboard and screen reader users go with it.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setQueued(null);
    if (action.checkedReason() !== null) setConfirming(true);
  }

  async function confirm() {
    const outcome = await regradeAll({ courseSlug, exerciseSlug, reason: action.reason.trim() });
    setConfirming(false);
    if (!outcome.ok) return action.refused(outcome.problem);
    action.reset();
    setQueued(outcome.data.regradeExercise);
    onQueued();
  }

  return (
    <details className="regrade-all">
      <summary>{t('grading.regradeAll.open')}</summary>
      <form noValidate className="stack" aria-label={t('grading.regradeAll.open')} onSubmit={onSubmit}>
        <p>{t('grading.regradeAll.intro')}</p>
        <ReasonField id={`${id}-reason`} value={action.reason} onChange={action.changeReason} error={action.reasonError} />
        {confirming ? (
          <div className="confirm" role="group" aria-labelledby={`${id}-question`}>
            <p id={`${id}-question`}>{t('grading.regradeAll.confirm')}</p>
            <div className="actions">
              <button ref={confirmButton} type="button" className="button button-primary" disabled={pending} onClick={() => void confirm()}>
                {pending ? t('grading.regradeAll.pending') : t('grading.regradeAll.confirmButton')}
              </button>
              <button type="button" className="button" disabled={pending} onClick={() => setConfirming(false)}>
                {t('grading.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <div className="actions">
            <button type="submit" className="button">
              {t('grading.regradeAll.submit')}
            </button>
          </div>
        )}
        {action.problem ? <StatusMessage tone="error">{staffProblemMessage(t, action.problem)}</StatusMessage> : null}
        {queued !== null ? <StatusMessage tone="success">{t('grading.regradeAll.done', { count: queued })}</StatusMessage> : null}
      </form>
    </details>
  );
}
