import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { usePageTitle } from '../../../shared/ui/use-page-title';
import { exerciseSubmissionsPath } from '../grading-paths';
import { StaffSubmissionLoader, SubmissionReview } from './SubmissionReview';
import '../i18n/grading-messages';

/** One submission on its own page (where a grader fault links to). */
export function SubmissionReviewPage({ id }: { id: string }) {
  const { t } = useTranslation();
  usePageTitle(t('grading.submissions.title'));
  return (
    <StaffSubmissionLoader id={id}>
      {(review) => (
        <section aria-labelledby="review-title">
          <p className="breadcrumb">
            <Link href={exerciseSubmissionsPath(review.submission.courseSlug, review.submission.exerciseSlug)}>{t('grading.review.allSubmissions')}</Link>
          </p>
          <h1 id="review-title">{t('grading.review.title', { name: review.submission.learnerName })}</h1>
          <p className="muted">
            {review.submission.courseSlug} / {review.submission.exerciseSlug} · {t('grading.submissions.attempt', { number: review.submission.attemptNumber })}
          </p>
          <SubmissionReview {...review} />
        </section>
      )}
    </StaffSubmissionLoader>
  );
}
