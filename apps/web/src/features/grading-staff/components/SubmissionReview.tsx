import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../../app/guards';
import { useQuery } from '../../learn/hooks/use-query';
import { GradingResultView } from '../../submissions/components/GradingResultView';
import { LoadProblem } from '../../submissions/components/LoadProblem';
import { statusHeadline, statusTone } from '../../submissions/components/status-headline';
import { formatDateTime, formatScore } from '../../submissions/format';
import type { StaffSubmission } from '../graphql/staff-submission.fragment';
import { type StaffSubmissionData, StaffSubmissionQuery } from '../graphql/staff-submission.query';
import { OverrideScoreForm } from './OverrideScoreForm';
import { RegradeForm } from './RegradeForm';
import '../i18n/grading-messages';

// Staff see a quiz's answers by question id: the quiz's order is the learner page's concern.
const noQuestionNumber = () => null;

/**
 * Loads a submission for staff and hands `children` what the review needs (the page adds a
 * heading around it); `onChanged` also hears what each staff action returned.
 */
export function StaffSubmissionLoader({ id, onChanged, children }: { id: string; onChanged?: (submission: StaffSubmission) => void; children: (review: SubmissionReviewProps) => ReactNode }) {
  const { state, reload, update } = useQuery(StaffSubmissionQuery, { id });
  if (state.phase === 'loading') return <PageLoading />;
  if (state.phase === 'failed') return <LoadProblem problem={state.problem} onRetry={reload} />;
  const changed = (submission: StaffSubmission) => {
    update((): StaffSubmissionData => ({ submission }));
    onChanged?.(submission);
  };
  return <>{children({ submission: state.data.submission, onRefresh: reload, onChanged: changed })}</>;
}

export interface SubmissionReviewProps {
  submission: StaffSubmission;
  /** Asks the API again (a regrade finishes in the background). */
  onRefresh: () => void;
  /** A staff action returned the submission as it is now. */
  onChanged: (submission: StaffSubmission) => void;
}

/** A submission as its learner sees its result, with the record of gradings and the staff actions. */
export function SubmissionReview({ submission, onRefresh, onChanged }: SubmissionReviewProps) {
  const { t, i18n } = useTranslation();
  const { override, result } = submission;
  const date = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <div className="submission-review">
      <p className={`status-headline status-${statusTone(submission.status)}`}>{statusHeadline(t, submission)}</p>
      <button type="button" className="button button-small" onClick={onRefresh}>
        {t('grading.review.refresh')}
      </button>
      {/* The override is shown below with its date, so the learner's line is left out here. */}
      {result ? <GradingResultView submission={{ ...submission, override: null }} result={result} questionNumber={noQuestionNumber} /> : null}
      {override ? (
        <p>
          {t('grading.review.overrideAudit', { score: formatScore(override.score, submission.kind, i18n.language), name: override.byName, date: date(override.createdAt), reason: override.reason })}
        </p>
      ) : null}
      <h3>{t('grading.review.runsTitle')}</h3>
      <ol className="run-list">
        {submission.runs.map((run) => (
          <li key={run.runNumber}>
            {t('grading.review.run', { number: run.runNumber, status: t(`submission.status.${run.status}`), date: date(run.createdAt), reason: run.reason })}
          </li>
        ))}
      </ol>
      <section className="staff-actions" aria-label={t('grading.review.actionsTitle')}>
        <RegradeForm submission={submission} onDone={onChanged} />
        <OverrideScoreForm submission={submission} onDone={onChanged} />
      </section>
    </div>
  );
}
