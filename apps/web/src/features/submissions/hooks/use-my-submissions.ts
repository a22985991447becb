import { useCallback } from 'react';
import { useGraphqlClient } from '../../../shared/graphql/provider';
import { useCursorPages } from '../../../shared/graphql/use-cursor-pages';
import type { SubmissionSummary } from '../graphql/submission.fragment';
import { MySubmissionsQuery } from '../graphql/my-submissions.query';
import { latestUpdate } from '../model/latest-update';

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
  /** Keeps an attempt made or followed on this page current: in its place, or first when new. */
  const recordAttempt = useCallback(
    (attempt: SubmissionSummary) =>
      setItems((items) =>
        items.some((item) => item.id === attempt.id) ? items.map((item) => (item.id === attempt.id ? latestUpdate(item, attempt) : item)) : [attempt, ...items],
      ),
    [setItems],
  );
  return { ...pages, recordAttempt };
}

export type MySubmissions = ReturnType<typeof useMySubmissions>;
