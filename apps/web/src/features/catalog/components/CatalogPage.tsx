import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { problemMessage } from '../../../shared/graphql/problem-message';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import { usePageTitle } from '../../../shared/ui/use-page-title';
import { languageName } from '../../learn/format';
import { useQuery } from '../../learn/hooks/use-query';
import { COURSE_LEVELS, isCourseLevel } from '../graphql/course-card.fragment';
import { CatalogFiltersQuery } from '../graphql/catalog-filters.query';
import { type CatalogFilter, useCourseCatalog } from '../hooks/use-course-catalog';
import { CourseCard } from './CourseCard';
import '../../learn/i18n/learner-messages';

const noVariables = {};

/** The filter lives in the address (`?q=&language=&level=&track=`) so a search can be shared. */
export function filterFromSearch(search: string): CatalogFilter {
  const params = new URLSearchParams(search);
  const level = params.get('level');
  return {
    search: params.get('q') ?? '',
    language: params.get('language') || null,
    level: isCourseLevel(level) ? level : null,
    track: params.get('track') || null,
  };
}

export function searchFromFilter(filter: CatalogFilter): string {
  const params = new URLSearchParams();
  if (filter.search.trim()) params.set('q', filter.search.trim());
  if (filter.language) params.set('language', filter.language);
  if (filter.level) params.set('level', filter.level);
  if (filter.track) params.set('track', filter.track);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Every published course: search, filters, and more pages on demand. */
export function CatalogPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('catalog.title'));
  const search = useSearch();
  const [, navigate] = useLocation();
  const filter = filterFromSearch(search);
  const catalog = useCourseCatalog(filter);
  const choices = useQuery(CatalogFiltersQuery, noVariables).state;
  const [searchText, setSearchText] = useState(filter.search);

  // Keep the box in step when the address changes underneath (back button, a shared link).
  const [shownSearch, setShownSearch] = useState(filter.search);
  if (shownSearch !== filter.search) {
    setShownSearch(filter.search);
    setSearchText(filter.search);
  }

  function apply(change: Partial<CatalogFilter>) {
    navigate(`/courses${searchFromFilter({ ...filter, ...change })}`, { replace: true });
  }

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    apply({ search: searchText });
  }

  const tracks = choices.phase === 'ready' ? choices.data.tracks : [];
  const languages = [...new Set([...tracks.flatMap((track) => track.courses.map((c) => c.language)), ...(filter.language ? [filter.language] : [])])].sort();
  const filtered = filter.search.trim() !== '' || filter.language !== null || filter.level !== null || filter.track !== null;

  return (
    <section aria-labelledby="catalog-title">
      <h1 id="catalog-title">{t('catalog.title')}</h1>
      <form role="search" className="filters catalog-filters" aria-label={t('catalog.filtersLabel')} onSubmit={onSearch}>
        <div className="field catalog-search">
          <label htmlFor="catalog-search">{t('catalog.search')}</label>
          <div className="search-row">
            <input id="catalog-search" type="search" maxLength={100} value={searchText} onChange={(event) => setSearchText(event.target.value)} />
            <button type="submit" className="button">
              {t('catalog.searchButton')}
            </button>
          </div>
        </div>
        <div className="field">
          <label htmlFor="catalog-language">{t('catalog.language')}</label>
          <select id="catalog-language" value={filter.language ?? ''} onChange={(event) => apply({ language: event.target.value || null })}>
            <option value="">{t('catalog.allLanguages')}</option>
            {languages.map((language) => (
              <option key={language} value={language}>
                {languageName(language, i18n.language)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="catalog-level">{t('catalog.level')}</label>
          <select
            id="catalog-level"
            value={filter.level ?? ''}
            onChange={(event) => apply({ level: isCourseLevel(event.target.value) ? event.target.value : null })}
          >
            <option value="">{t('catalog.allLevels')}</option>
            {COURSE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`learning.levels.${level}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="catalog-track">{t('catalog.track')}</label>
          <select id="catalog-track" value={filter.track ?? ''} onChange={(event) => apply({ track: event.target.value || null })}>
            <option value="">{t('catalog.allTracks')}</option>
            {tracks.map((track) => (
              <option key={track.slug} value={track.slug}>
                {track.title}
              </option>
            ))}
            {filter.track && !tracks.some((track) => track.slug === filter.track) ? <option value={filter.track}>{filter.track}</option> : null}
          </select>
        </div>
      </form>

      <div aria-live="polite" className="results-summary">
        {catalog.phase === 'loading' ? (
          <p className="muted">{t('catalog.loading')}</p>
        ) : catalog.courses.length > 0 ? (
          <p>{t('catalog.showing', { shown: catalog.courses.length, count: catalog.totalCount })}</p>
        ) : !catalog.problem ? (
          <p>{filtered ? t('catalog.noMatch') : t('catalog.empty')}</p>
        ) : null}
      </div>
      {filtered && catalog.phase !== 'loading' ? (
        <p>
          <Link href="/courses">{t('catalog.clearFilters')}</Link>
        </p>
      ) : null}

      {catalog.courses.length > 0 ? (
        <ul className="course-list" aria-labelledby="catalog-title">
          {catalog.courses.map((course) => (
            <CourseCard key={course.slug} course={course} headingLevel={2} />
          ))}
        </ul>
      ) : null}

      {catalog.problem ? (
        <StatusMessage tone="error">
          {problemMessage(t, catalog.problem)}{' '}
          <button type="button" className="link-button" onClick={catalog.courses.length > 0 ? catalog.loadMore : catalog.reload}>
            {t('learning.retry')}
          </button>
        </StatusMessage>
      ) : null}

      {catalog.hasNextPage && !catalog.problem ? (
        <button type="button" className="button load-more" disabled={catalog.phase !== 'idle'} onClick={catalog.loadMore}>
          {catalog.phase === 'loadingMore' ? t('catalog.loadingMore') : t('catalog.loadMore')}
        </button>
      ) : null}
    </section>
  );
}
