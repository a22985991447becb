import type { SubmissionSummary } from '../graphql/submission.fragment';

/**
 * Of two states of one submission, the more recent. Updates can cross (a pushed event and a
 * polled answer); timestamps may be equal (SQLite keeps seconds), and then the later arrival wins.
 */
export function latestUpdate<T extends SubmissionSummary>(shown: T, next: T): T {
  return Date.parse(next.updatedAt) >= Date.parse(shown.updatedAt) ? next : shown;
}
