import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import { usePageTitle } from '../../../shared/ui/use-page-title';
import { problemMessage } from '../../../shared/graphql/problem-message';
import { LoadProblem } from '../../submissions/components/LoadProblem';
import { formatDateTime } from '../../submissions/format';
import { type GradingFailure, GradingOverviewQuery, type GradingQueueStatus } from '../graphql/grading-overview.query';
import { submissionReviewPath } from '../grading-paths';
import { usePolledQuery } from '../hooks/use-polled-query';
import '../i18n/grading-messages';

/** How often the counts are asked for while the page is visible. */
const QUEUE_REFRESH_MS = 5000;
const FAILURES_SHOWN = 20;

/** The grading queue now and the latest grader faults, for instructors and admins. */
export function GradingPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('grading.dashboard.title'));
  const overview = usePolledQuery(GradingOverviewQuery, { failures: FAILURES_SHOWN }, QUEUE_REFRESH_MS);
  const time = (at: Date) => new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' }).format(at);
  const { data, problem, receivedAt } = overview;
  return (
    <section aria-labelledby="grading-title">
      <h1 id="grading-title">{t('grading.dashboard.title')}</h1>
      {!data && !problem ? <p className="muted">{t('grading.dashboard.loading')}</p> : null}
      {!data && problem ? <LoadProblem problem={problem} onRetry={overview.refresh} /> : null}
      {data && receivedAt ? (
        <>
          <section aria-labelledby="queue-title">
            <h2 id="queue-title">{t('grading.dashboard.queueTitle')}</h2>
            <QueueCounts queue={data.gradingQueue} />
            {problem ? (
              <StatusMessage tone="error">{t('grading.dashboard.stale', { problem: problemMessage(t, problem), time: time(receivedAt) })}</StatusMessage>
            ) : (
              <p className="muted">{t('grading.dashboard.updatedAt', { time: time(receivedAt) })}</p>
            )}
          </section>
          <section aria-labelledby="faults-title">
            <h2 id="faults-title">{t('grading.dashboard.faultsTitle')}</h2>
            {data.recentGradingFailures.length === 0 ? <p className="muted">{t('grading.dashboard.faultsEmpty')}</p> : <FaultTable failures={data.recentGradingFailures} />}
          </section>
        </>
      ) : null}
    </section>
  );
}

function QueueCounts({ queue }: { queue: GradingQueueStatus }) {
  const { t, i18n } = useTranslation();
  const count = new Intl.NumberFormat(i18n.language);
  const counts = [
    [t('grading.dashboard.waiting'), queue.waiting],
    [t('grading.dashboard.running'), queue.active],
    [t('grading.dashboard.retrying'), queue.delayed],
    [t('grading.dashboard.failed'), queue.failed],
    [t('grading.dashboard.graders'), queue.workers],
  ] as const;
  return (
    <>
      <dl className="facts queue-counts">
        {counts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{count.format(value)}</dd>
          </div>
        ))}
      </dl>
      {/* Not a live region: counts that change every 5 s would talk over everything else. */}
      {queue.workers === 0 ? <StatusMessage tone="info">{t('grading.dashboard.noGraders')}</StatusMessage> : null}
    </>
  );
}

function FaultTable({ failures }: { failures: GradingFailure[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="result-table">
        <thead>
          <tr>
            <th scope="col">{t('grading.dashboard.exercise')}</th>
            <th scope="col">{t('grading.dashboard.run')}</th>
            <th scope="col">{t('grading.dashboard.message')}</th>
            <th scope="col">{t('grading.dashboard.time')}</th>
          </tr>
        </thead>
        <tbody>
          {failures.map((failure) => (
            <tr key={`${failure.submissionId}-${failure.runNumber}`}>
              <td>
                <Link href={submissionReviewPath(failure.submissionId)}>
                  {failure.courseSlug} / {failure.exerciseSlug}
                </Link>
              </td>
              <td>{failure.runNumber}</td>
              <td>{failure.message}</td>
              <td>
                <time dateTime={failure.at}>{formatDateTime(failure.at, i18n.language)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
