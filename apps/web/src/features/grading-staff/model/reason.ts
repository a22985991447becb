/**
 * The API's rule for a regrade or override reason (trimmed, 3 to 280 characters), checked
 * before sending so staff learn it without a round trip; the API stays the judge.
 */
export const REASON_MIN_LENGTH = 3;
export const REASON_MAX_LENGTH = 280;

export type ReasonProblem = 'reasonRequired' | 'reasonTooLong';

export function reasonProblem(reason: string): ReasonProblem | null {
  const length = reason.trim().length;
  if (length < REASON_MIN_LENGTH) return 'reasonRequired';
  if (length > REASON_MAX_LENGTH) return 'reasonTooLong';
  return null;
}
