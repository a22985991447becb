import { useCallback, useEffect, useRef, useState } from 'react';
import { useGraphqlClient } from '../../../shared/graphql/provider';
import { useCursorPages } from '../../../shared/graphql/use-cursor-pages';
import type { ModelCardData } from '../graphql/model-card.fragment';
import { type OpenModelFacets, OpenModelsQuery } from '../graphql/open-models.query';
import { filterInput, type ModelFilter } from '../model/catalog-filter';

export const MODEL_PAGE_SIZE = 20;

const idOf = (model: ModelCardData) => model.id;

/**
 * The catalog for one filter, pages appended with the API's cursor. The facet counts come with
 * the first page of each filter; they are kept with the filter they belong to, so counts of a
 * previous filter never show next to a new one's results.
 */
export function useModelCatalog(filter: ModelFilter) {
  const client = useGraphqlClient();
  const variables = { filter: filterInput(filter), sort: filter.sort };
  const key = JSON.stringify(variables);
  const [facets, setFacets] = useState<{ key: string; facets: OpenModelFacets } | null>(null);
  const latestKey = useRef(key);
  useEffect(() => {
    latestKey.current = key;
  }, [key]);

  const fetchPage = useCallback(
    async (after: string | null) => {
      const parsed = JSON.parse(key) as typeof variables;
      const result = await client.query(OpenModelsQuery, { ...parsed, first: MODEL_PAGE_SIZE, after }).toPromise();
      const page = result.data?.openModels;
      // A late answer for a filter the reader already left must not replace the current counts.
      if (page && !after && latestKey.current === key) setFacets({ key, facets: page.facets });
      return {
        page: page && {
          edges: page.items.map((node) => ({ node })),
          totalCount: page.totalCount,
          pageInfo: { endCursor: page.nextCursor, hasNextPage: page.nextCursor !== null },
        },
        error: result.error,
      };
    },
    [client, key],
  );
  const { items, setItems: _unused, ...rest } = useCursorPages(key, fetchPage, idOf);
  return { ...rest, models: items, facets: facets?.key === key ? facets.facets : null };
}
