import { isPendingStatus } from '@sankofa/domain';
import { useTranslation } from 'react-i18next';
import type { Submission, SubmissionSummary } from '../graphql/submission.fragment';
import { GradingResultView } from './GradingResultView';
import { statusHeadline, statusTone } from './status-headline';
import '../../learn/i18n/learner-messages';
import '../submissions.css';

export interface SubmissionStatusPanelProps {
  /** The submission being followed; null before the first one. */
  submission: Submission | SubmissionSummary | null;
  /** The socket failed and the status is asked for on a timer. */
  polling: boolean;
  questionNumber: (questionId: string) => number | null;
}

/**
 * Where the learner's latest submission stands. The headline is a live region that is in the
 * page before the first submission, so screen readers announce each change (queued, running,
 * the outcome) without the learner moving focus.
 */
export function SubmissionStatusPanel({ submission, polling, questionNumber }: SubmissionStatusPanelProps) {
  const { t } = useTranslation();
  const pending = submission !== null && isPendingStatus(submission.status);
  const graded = submission && 'result' in submission && submission.result && !pending ? { submission, result: submission.result } : null;
  return (
    <section aria-labelledby={submission ? 'submission-title' : undefined} className="submission-status">
      {submission ? <h2 id="submission-title">{t('submission.title')}</h2> : null}
      <p role="status" className={submission ? `status-headline status-${statusTone(submission.status)}` : 'status-headline'}>
        {submission ? statusHeadline(t, submission) : ''}
      </p>
      {pending && polling ? <p className="muted">{t('submission.polling')}</p> : null}
      {graded ? <GradingResultView submission={graded.submission} result={graded.result} questionNumber={questionNumber} /> : null}
    </section>
  );
}
