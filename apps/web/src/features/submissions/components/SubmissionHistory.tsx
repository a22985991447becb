import { isPendingStatus } from '@sankofa/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../learn/hooks/use-query';
import { formatDateTime, formatScore } from '../format';
import type { SubmissionSummary } from '../graphql/submission.fragment';
import { SubmissionQuery } from '../graphql/submission.query';
import type { MySubmissions } from '../hooks/use-my-submissions';
import { GradingResultView } from './GradingResultView';
import { LoadProblem } from './LoadProblem';
import { statusHeadline, statusTone } from './status-headline';
import '../../learn/i18n/learner-messages';
import '../submissions.css';

export interface SubmissionHistoryProps {
  history: MySubmissions;
  questionNumber: (questionId: string) => number | null;
}

/** The learner's attempts at this exercise, newest first; each opens to its result. */
export function SubmissionHistory({ history, questionNumber }: SubmissionHistoryProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="history-title" className="submission-history">
      <h2 id="history-title">{t('submission.history.title')}</h2>
      {history.problem ? <LoadProblem problem={history.problem} onRetry={history.reload} /> : null}
      {history.phase === 'loading' ? <p className="muted">{t('submission.history.loading')}</p> : null}
      {history.phase !== 'loading' && !history.problem && history.items.length === 0 ? <p className="muted">{t('submission.history.empty')}</p> : null}
      <ol className="attempt-list">
        {history.items.map((attempt) => (
          <Attempt key={attempt.id} attempt={attempt} questionNumber={questionNumber} />
        ))}
      </ol>
      {history.hasNextPage ? (
        <button type="button" className="button" disabled={history.phase === 'loadingMore'} onClick={history.loadMore}>
          {t('submission.history.loadMore')}
        </button>
      ) : null}
    </section>
  );
}

function Attempt({ attempt, questionNumber }: { attempt: SubmissionSummary; questionNumber: (questionId: string) => number | null }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <li>
      <details className="attempt" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <strong>{t('submission.history.attempt', { number: attempt.attemptNumber })}</strong>{' '}
          <span className={`status-${statusTone(attempt.status)}`}>{statusHeadline(t, attempt)}</span>
          {attempt.score !== null ? ` · ${formatScore(attempt.score, attempt.kind, i18n.language)}` : ''}{' '}
          <time className="muted" dateTime={attempt.createdAt}>
            {formatDateTime(attempt.createdAt, i18n.language)}
          </time>
        </summary>
        {/* Fetched when opened (results carry every check's output), again when the attempt changes. */}
        {open ? <AttemptResult key={attempt.updatedAt} id={attempt.id} questionNumber={questionNumber} /> : null}
      </details>
    </li>
  );
}

function AttemptResult({ id, questionNumber }: { id: string; questionNumber: (questionId: string) => number | null }) {
  const { t } = useTranslation();
  const { state, reload } = useQuery(SubmissionQuery, { id });
  if (state.phase === 'loading') return <p className="muted">{t('submission.history.loadingResult')}</p>;
  if (state.phase === 'failed') return <LoadProblem problem={state.problem} onRetry={reload} />;
  const { submission } = state.data;
  if (isPendingStatus(submission.status) || !submission.result) return null;
  return <GradingResultView submission={submission} result={submission.result} questionNumber={questionNumber} />;
}
