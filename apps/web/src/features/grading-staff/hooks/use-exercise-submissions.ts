import { useCallback } from 'react';
import { useGraphqlClient } from '../../../shared/graphql/provider';
import { useCursorPages } from '../../../shared/graphql/use-cursor-pages';
import { ExerciseSubmissionsQuery } from '../graphql/exercise-submissions.query';
import type { StaffSubmissionSummary } from '../graphql/staff-submission.fragment';

export const SUBMISSIONS_PAGE_SIZE = 20;

const idOf = (submission: StaffSubmissionSummary) => submission.id;

/** Every learner's submissions of one exercise, newest first, a page at a time. */
export function useExerciseSubmissions(courseSlug: string, exerciseSlug: string) {
  const client = useGraphqlClient();
  const fetchPage = useCallback(
    async (after: string | null) => {
      const result = await client.query(ExerciseSubmissionsQuery, { courseSlug, exerciseSlug, first: SUBMISSIONS_PAGE_SIZE, after }).toPromise();
      return { page: result.data?.exerciseSubmissions, error: result.error };
    },
    [client, courseSlug, exerciseSlug],
  );
  const pages = useCursorPages(`${courseSlug}/${exerciseSlug}`, fetchPage, idOf);
  const { setItems } = pages;
  /** Shows what a staff action returned in the submission's row. */
  const replace = useCallback((changed: StaffSubmissionSummary) => setItems((items) => items.map((item) => (item.id === changed.id ? changed : item))), [setItems]);
  return { ...pages, replace };
}

export type ExerciseSubmissions = ReturnType<typeof useExerciseSubmissions>;
