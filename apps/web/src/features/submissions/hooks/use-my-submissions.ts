import { useCallback } from 'react';
import { useGraphqlClient } from '../../../shared/graphql/provider';
import { useCursorPages } from '../../../shared/graphql/use-cursor-pages';
import type { SubmissionSummary } from '../graphql/submission.fragment';
import { MySubmissionsQuery } from '../graphql/my-submissions.query';

export const HISTORY_PAGE_SIZE = 10;

const idOf = (submission: SubmissionSummary) => submission.id;

/** The learner's attempts at one exercise, newest first, a page at a time. */
export function useMySubmissions(courseSlug: string, exerciseSlug: string) {
  const client = useGraphqlClient();
  const fetchPage = useCallback(
    async (after: string | null) => {
      const result = await client.query(MySubmissionsQuery, { courseSlug, exerciseSlug, first: HISTORY_PAGE_SIZE, after }).toPromise();
      return { page: result.data?.mySubmissions, error: result.error };
    },
    [client, courseSlug, exerciseSlug],
  );
  const pages = useCursorPages(`${courseSlug}/${exerciseSlug}`, fetchPage, idOf);
  const { setItems } = pages;
  /** Puts an attempt made on this page at the head of the list. */
  const recordAttempt = useCallback((attempt: SubmissionSummary) => setItems((items) => [attempt, ...items.filter((item) => item.id !== attempt.id)]), [setItems]);
  return { ...pages, recordAttempt };
}

export type MySubmissions = ReturnType<typeof useMySubmissions>;

/** The listed attempts with the one followed live in its place: the history never lags behind the status panel. */
export function withLatest(items: SubmissionSummary[], latest: SubmissionSummary | null): SubmissionSummary[] {
  return latest ? items.map((item) => (item.id === latest.id ? latest : item)) : items;
}
