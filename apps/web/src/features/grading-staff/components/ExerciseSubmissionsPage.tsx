import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { usePageTitle } from '../../../shared/ui/use-page-title';
import { itemPath } from '../../learn/course-paths';
import { LoadProblem } from '../../submissions/components/LoadProblem';
import { statusHeadline, statusTone } from '../../submissions/components/status-headline';
import { formatDateTime, formatScore } from '../../submissions/format';
import type { StaffSubmissionSummary } from '../graphql/staff-submission.fragment';
import { useExerciseSubmissions } from '../hooks/use-exercise-submissions';
import { RegradeExerciseForm } from './RegradeExerciseForm';
import { StaffSubmissionLoader, SubmissionReview } from './SubmissionReview';
import '../i18n/grading-messages';

/** Every learner's submissions of one exercise, for its course's staff: each opens to its review. */
export function ExerciseSubmissionsPage({ courseSlug, exerciseSlug }: { courseSlug: string; exerciseSlug: string }) {
  const { t } = useTranslation();
  usePageTitle(t('grading.submissions.pageTitle', { exercise: exerciseSlug }));
  const list = useExerciseSubmissions(courseSlug, exerciseSlug);
  return (
    <section aria-labelledby="submissions-title">
      <p className="breadcrumb">
        <Link href={itemPath(courseSlug, { type: 'exercise', slug: exerciseSlug })}>{t('grading.submissions.backToExercise')}</Link>
      </p>
      <h1 id="submissions-title">{t('grading.submissions.title')}</h1>
      <p className="muted">
        {courseSlug} / {exerciseSlug}
      </p>
      <RegradeExerciseForm courseSlug={courseSlug} exerciseSlug={exerciseSlug} onQueued={list.reload} />
      <div aria-live="polite" className="results-summary">
        {list.phase === 'loading' ? (
          <p className="muted">{t('grading.submissions.loading')}</p>
        ) : list.items.length > 0 ? (
          <p>{t('grading.submissions.showing', { shown: list.items.length, count: list.totalCount })}</p>
        ) : !list.problem ? (
          <p>{t('grading.submissions.empty')}</p>
        ) : null}
      </div>
      <ol className="attempt-list">
        {list.items.map((submission) => (
          <SubmissionRow key={submission.id} submission={submission} onChanged={list.replace} />
        ))}
      </ol>
      {list.problem ? <LoadProblem problem={list.problem} onRetry={list.items.length > 0 ? list.loadMore : list.reload} /> : null}
      {list.hasNextPage && !list.problem ? (
        <button type="button" className="button load-more" disabled={list.phase !== 'idle'} onClick={list.loadMore}>
          {list.phase === 'loadingMore' ? t('grading.submissions.loadingMore') : t('grading.submissions.loadMore')}
        </button>
      ) : null}
    </section>
  );
}

function SubmissionRow({ submission, onChanged }: { submission: StaffSubmissionSummary; onChanged: (submission: StaffSubmissionSummary) => void }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <li>
      <details className="attempt" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <strong>{submission.learnerName}</strong> · {t('grading.submissions.attempt', { number: submission.attemptNumber })} ·{' '}
          <span className={`status-${statusTone(submission.status)}`}>{statusHeadline(t, submission)}</span> ·{' '}
          {submission.score !== null ? formatScore(submission.score, submission.kind, i18n.language) : t('grading.submissions.noScore')} ·{' '}
          <time className="muted" dateTime={submission.createdAt}>
            {t('grading.submissions.submittedAt', { date: formatDateTime(submission.createdAt, i18n.language) })}
          </time>
        </summary>
        {/* Fetched when opened: a result carries every check's output. */}
        {open ? <StaffSubmissionLoader id={submission.id} onChanged={onChanged}>{(review) => <SubmissionReview {...review} />}</StaffSubmissionLoader> : null}
      </details>
    </li>
  );
}
