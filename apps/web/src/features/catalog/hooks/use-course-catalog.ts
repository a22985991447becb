import { useCallback, useEffect, useRef, useState } from 'react';
import { type Problem, toProblem } from '../../../shared/graphql/problem';
import { useGraphqlClient } from '../../../shared/graphql/provider';
import type { CourseCardData, CourseLevel } from '../graphql/course-card.fragment';
import { CoursesQuery } from '../graphql/courses.query';

export const CATALOG_PAGE_SIZE = 12;

export interface CatalogFilter {
  search: string;
  language: string | null;
  level: CourseLevel | null;
  track: string | null;
}

interface CatalogState {
  courses: CourseCardData[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
  /** 'loading' is the first page of a filter; 'loadingMore' a following one. */
  phase: 'loading' | 'loadingMore' | 'idle';
  problem: Problem | null;
}

const initial: CatalogState = { courses: [], totalCount: 0, endCursor: null, hasNextPage: false, phase: 'loading', problem: null };

/** Published courses for one filter, pages appended with a cursor. */
export function useCourseCatalog(filter: CatalogFilter) {
  const client = useGraphqlClient();
  const [state, setState] = useState<CatalogState>(initial);
  // Answers to an older filter are dropped.
  const generation = useRef(0);
  const search = filter.search.trim() || null;

  const fetchPage = useCallback(
    (after: string | null, gen: number) =>
      client
        .query(CoursesQuery, { first: CATALOG_PAGE_SIZE, after, search, language: filter.language, level: filter.level, track: filter.track })
        .toPromise()
        .then((result) => {
          if (gen !== generation.current) return;
          const page = result.data?.courses;
          if (!page) {
            const problem: Problem = result.error ? toProblem(result.error) : { kind: 'graphql', code: 'UNKNOWN' };
            setState((s) => ({ ...s, phase: 'idle', problem }));
            return;
          }
          setState((s) => {
            // A course published between two pages can shift the rest: never list one twice.
            const known = new Set(after ? s.courses.map((c) => c.slug) : []);
            const added = page.edges.map((edge) => edge.node).filter((c) => !known.has(c.slug));
            return {
              courses: after ? [...s.courses, ...added] : added,
              totalCount: page.totalCount,
              endCursor: page.pageInfo.endCursor,
              hasNextPage: page.pageInfo.hasNextPage,
              phase: 'idle',
              problem: null,
            };
          });
        }),
    [client, search, filter.language, filter.level, filter.track],
  );

  const filterKey = JSON.stringify([search, filter.language, filter.level, filter.track]);
  const [shownKey, setShownKey] = useState(filterKey);
  if (shownKey !== filterKey) {
    setShownKey(filterKey);
    setState(initial);
  }
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const gen = ++generation.current;
    void fetchPage(null, gen);
    return () => {
      generation.current += 1;
    };
  }, [fetchPage, attempt]);

  const reload = useCallback(() => {
    setState(initial);
    setAttempt((n) => n + 1);
  }, []);

  const loadMore = useCallback(() => {
    if (state.phase !== 'idle' || !state.hasNextPage) return;
    setState((s) => ({ ...s, phase: 'loadingMore', problem: null }));
    void fetchPage(state.endCursor, generation.current);
  }, [fetchPage, state.phase, state.hasNextPage, state.endCursor]);

  return { ...state, reload, loadMore };
}
