import { SubmissionStatus } from '@sankofa/domain';
import type { TFunction } from 'i18next';
import type { SubmissionSummary } from '../graphql/submission.fragment';

/** The status in plain words: "Queued — position 2", "Passed", "Time limit: …". */
export function statusHeadline(t: TFunction, submission: Pick<SubmissionSummary, 'status' | 'queuePosition'>): string {
  const { status, queuePosition } = submission;
  // queuePosition counts the gradings ahead: the next one to run is position 1.
  if (status === SubmissionStatus.QUEUED && queuePosition !== null) return t('submission.status.queuedAt', { position: queuePosition + 1 });
  return t(`submission.status.${status}`);
}

export type StatusTone = 'pending' | 'passed' | 'failed' | 'fault';

/** How the status is coloured; its words carry the meaning, the colour only echoes it. */
export function statusTone(status: SubmissionStatus): StatusTone {
  switch (status) {
    case SubmissionStatus.QUEUED:
    case SubmissionStatus.RUNNING:
      return 'pending';
    case SubmissionStatus.PASSED:
      return 'passed';
    case SubmissionStatus.GRADER_FAULT:
      return 'fault';
    case SubmissionStatus.FAILED:
    case SubmissionStatus.SYNTAX_ERROR:
    case SubmissionStatus.RUNTIME_ERROR:
    case SubmissionStatus.TIME_LIMIT:
    case SubmissionStatus.MEMORY_LIMIT:
    case SubmissionStatus.OUTPUT_LIMIT:
    case SubmissionStatus.INVALID_SUBMISSION:
      return 'failed';
    default: {
      const unknown: never = status;
      throw new Error(`Unknown submission status ${String(unknown)}`);
    }
  }
}
