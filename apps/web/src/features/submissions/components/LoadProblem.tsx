import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../shared/graphql/problem';
import { problemMessage } from '../../../shared/graphql/problem-message';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import '../../learn/i18n/learner-messages';

/** A part of the page whose data could not be loaded, with the way to ask again. */
export function LoadProblem({ problem, onRetry }: { problem: Problem; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <StatusMessage tone="error">
      {problemMessage(t, problem)}{' '}
      <button type="button" className="link-button" onClick={onRetry}>
        {t('learning.retry')}
      </button>
    </StatusMessage>
  );
}
