import { useCallback } from 'react';
import { useGraphqlClient } from '../../../shared/graphql/provider';
import { useCursorPages } from '../../../shared/graphql/use-cursor-pages';
import type { CourseCardData, CourseLevel } from '../graphql/course-card.fragment';
import { CoursesQuery } from '../graphql/courses.query';

export const CATALOG_PAGE_SIZE = 12;

export interface CatalogFilter {
  search: string;
  language: string | null;
  level: CourseLevel | null;
  track: string | null;
}

const slugOf = (course: CourseCardData) => course.slug;

/** Published courses for one filter, pages appended with a cursor. */
export function useCourseCatalog(filter: CatalogFilter) {
  const client = useGraphqlClient();
  const search = filter.search.trim() || null;
  const fetchPage = useCallback(
    async (after: string | null) => {
      const result = await client.query(CoursesQuery, { first: CATALOG_PAGE_SIZE, after, search, language: filter.language, level: filter.level, track: filter.track }).toPromise();
      return { page: result.data?.courses, error: result.error };
    },
    [client, search, filter.language, filter.level, filter.track],
  );
  const { items, setItems: _unused, ...rest } = useCursorPages(JSON.stringify([search, filter.language, filter.level, filter.track]), fetchPage, slugOf);
  return { ...rest, courses: items };
}
