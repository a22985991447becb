import { SubmissionStatus } from '@sankofa/domain';
import { pubSubChannel } from './redis-namespace';

/**
 * Submission status changes travel as small messages on one pub/sub channel per submission:
 * the grader publishes (it has no GraphQL), each API instance holding a subscriber's socket
 * reloads the submission and pushes it, with the reader's own access rules.
 */
export interface SubmissionChangedMessage {
  submissionId: string;
  status: SubmissionStatus;
  runNumber: number;
}

/** The channel's name under the deployment namespace. */
export function submissionChannel(namespace: string, submissionId: string): string {
  return pubSubChannel(namespace, `submission:${submissionId.toLowerCase()}`);
}

/** Reads a message back from Redis; null for anything malformed. */
export function parseSubmissionChangedMessage(data: unknown): SubmissionChangedMessage | null {
  const value = data as Partial<SubmissionChangedMessage> | null;
  if (!value || typeof value.submissionId !== 'string' || typeof value.runNumber !== 'number') return null;
  if (!Object.values(SubmissionStatus).includes(value.status as SubmissionStatus)) return null;
  return { submissionId: value.submissionId, status: value.status as SubmissionStatus, runNumber: value.runNumber };
}
