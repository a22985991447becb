import { isPendingStatus } from '@sankofa/domain';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../../shared/graphql/use-mutation';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import type { StaffSubmission } from '../graphql/staff-submission.fragment';
import { RegradeSubmissionMutation } from '../graphql/regrade-submission.mutation';
import { useReasonedAction } from '../hooks/use-reasoned-action';
import { staffProblemMessage } from '../model/staff-problem';
import { ReasonField } from './ReasonField';
import '../i18n/grading-messages';

/** Grades one submission again, against the exercise as published now, with a reason. */
export function RegradeForm({ submission, onDone }: { submission: StaffSubmission; onDone: (submission: StaffSubmission) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const action = useReasonedAction();
  const [done, setDone] = useState(false);
  const [{ pending }, regrade] = useMutation(RegradeSubmissionMutation);
  const busy = isPendingStatus(submission.status);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const reason = action.checkedReason();
    if (reason === null) return;
    const outcome = await regrade({ id: submission.id, reason });
    if (!outcome.ok) return action.refused(outcome.problem);
    action.reset();
    setDone(true);
    onDone(outcome.data.regradeSubmission);
  }

  return (
    <form noValidate className="stack" aria-labelledby={`${id}-title`} onSubmit={(event) => void onSubmit(event)}>
      <h4 id={`${id}-title`}>{t('grading.regrade.open')}</h4>
      {busy && !done ? <p className="muted">{t('grading.regrade.busy')}</p> : null}
      <ReasonField id={`${id}-reason`} value={action.reason} onChange={action.changeReason} error={action.reasonError} />
      {action.problem ? <StatusMessage tone="error">{staffProblemMessage(t, action.problem)}</StatusMessage> : null}
      {done ? <StatusMessage tone="success">{t('grading.regrade.done')}</StatusMessage> : null}
      <div className="actions">
        <button type="submit" className="button" disabled={pending || busy}>
          {pending ? t('grading.regrade.pending') : t('grading.regrade.submit')}
        </button>
      </div>
    </form>
  );
}
