import { useTranslation } from 'react-i18next';
import { NotFoundPage } from '../../../app/NotFoundPage';
import type { Problem } from '../../../shared/graphql/problem';
import { problemMessage } from '../../../shared/graphql/problem-message';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import { usePageTitle } from '../../../shared/ui/use-page-title';
import '../i18n/learner-messages';

/**
 * A page whose data could not be loaded: a missing course or lesson is a not-found page (the
 * link was wrong, or the course was withdrawn); anything else can be retried.
 */
export function QueryProblem({ problem, onRetry, title }: { problem: Problem; onRetry: () => void; title: string }) {
  if (problem.kind === 'graphql' && problem.code === 'NOT_FOUND') return <NotFoundPage />;
  return <RetryableProblem problem={problem} onRetry={onRetry} title={title} />;
}

function RetryableProblem({ problem, onRetry, title }: { problem: Problem; onRetry: () => void; title: string }) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <section aria-labelledby="problem-title">
      <h1 id="problem-title">{title}</h1>
      <StatusMessage tone="error">
        {problemMessage(t, problem)}{' '}
        <button type="button" className="link-button" onClick={onRetry}>
          {t('learning.retry')}
        </button>
      </StatusMessage>
    </section>
  );
}
