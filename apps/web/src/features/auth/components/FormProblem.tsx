import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../shared/graphql/problem';
import { problemMessage } from '../../../shared/graphql/problem-message';
import { StatusMessage } from '../../../shared/ui/StatusMessage';

/** A problem that belongs to the whole form: wrong credentials, rate limit, no connection. */
export function FormProblem({ problem }: { problem: Problem | null }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return <StatusMessage tone="error">{problemMessage(t, problem)}</StatusMessage>;
}
