import { ErrorCode, InputErrorReason } from '@sankofa/domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../shared/graphql/problem';
import { problemMessage } from '../../../shared/graphql/problem-message';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import type { SubmitState } from '../hooks/use-submit-exercise';
import '../../learn/i18n/learner-messages';

const SUBMIT_REASONS = [
  InputErrorReason.SUBMISSION_TOO_LARGE,
  InputErrorReason.NOT_ENROLLED,
  InputErrorReason.ATTEMPTS_EXHAUSTED,
  InputErrorReason.INVALID_SUBMISSION,
] as const;
type SubmitReason = (typeof SUBMIT_REASONS)[number];
const isSubmitReason = (reason: InputErrorReason | undefined): reason is SubmitReason => SUBMIT_REASONS.some((r) => r === reason);

/** Why the API refused a submission, in the learner's words; other problems as everywhere else. */
export function submitProblemMessage(t: TFunction, problem: Problem): string {
  if (problem.kind === 'graphql') {
    if (problem.code === ErrorCode.RATE_LIMITED) {
      return problem.retryAfterSeconds ? t('submission.errors.rateLimited', { count: problem.retryAfterSeconds }) : t('submission.errors.rateLimited');
    }
    if (problem.code === ErrorCode.SANDBOX_UNAVAILABLE) return t('submission.errors.SANDBOX_UNAVAILABLE');
    if (isSubmitReason(problem.reason)) return t(`submission.errors.${problem.reason}`);
  }
  return problemMessage(t, problem);
}

export function SubmitButton({ label, sending }: { label: string; sending: boolean }) {
  const { t } = useTranslation();
  return (
    <button type="submit" className="button button-primary" disabled={sending}>
      {sending ? t('submission.sending') : label}
    </button>
  );
}

/**
 * What became of pressing submit, when it is not a submission to follow: waiting for the
 * network (with "send now" and "do not send it"), or refused by the API. The learner's input
 * stays in the form either way.
 */
export function SubmitFeedback({ state, onRetry, onDiscard }: { state: SubmitState; onRetry: () => void; onDiscard: () => void }) {
  const { t } = useTranslation();
  switch (state.phase) {
    case 'idle':
    case 'sending':
      return null;
    case 'waitingForNetwork':
      return (
        <StatusMessage tone="info">
          <p>{state.keptOnDevice ? t('submission.offlineKept') : t('submission.offlineNotKept')}</p>
          <div className="actions">
            <button type="button" className="button button-small" onClick={onRetry}>
              {t('submission.sendNow')}
            </button>
            <button type="button" className="link-button" onClick={onDiscard}>
              {t('submission.discard')}
            </button>
          </div>
        </StatusMessage>
      );
    case 'refused':
      return <StatusMessage tone="error">{submitProblemMessage(t, state.problem)}</StatusMessage>;
    default: {
      const unknown: never = state;
      throw new Error(`Unknown submit state ${JSON.stringify(unknown)}`);
    }
  }
}
