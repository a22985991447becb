import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { usePageTitle } from '../../../shared/ui/use-page-title';
import { CourseCard } from '../../catalog/components/CourseCard';
import type { CourseCardData } from '../../catalog/graphql/course-card.fragment';
import { coursePath } from '../course-paths';
import { CourseProgressQuery } from '../graphql/course-progress.query';
import { LearnHomeQuery } from '../graphql/learn-home.query';
import { useQuery } from '../hooks/use-query';
import { ProgressBar } from './ProgressBar';
import { QueryProblem } from './QueryProblem';
import '../i18n/learner-messages';

const noVariables = {};

/** The learner's home: the courses they follow, then every track with its courses. */
export function LearnHome() {
  const { t } = useTranslation();
  usePageTitle(t('learn.title'));
  const { state, reload } = useQuery(LearnHomeQuery, noVariables);

  if (state.phase === 'failed') return <QueryProblem problem={state.problem} onRetry={reload} title={t('learn.title')} />;
  const tracks = state.data?.tracks ?? [];
  // A course can belong to several tracks; it is followed once.
  const enrolled = [...new Map(tracks.flatMap((track) => track.courses.filter((c) => c.enrolled)).map((c) => [c.slug, c])).values()];

  return (
    <section aria-labelledby="learn-title" className="learn-home">
      <h1 id="learn-title">{t('learn.title')}</h1>
      {state.phase === 'loading' ? (
        <p className="muted" role="status">
          {t('app.loading')}
        </p>
      ) : tracks.length === 0 ? (
        <div className="empty-state">
          <h2>{t('learn.emptyTitle')}</h2>
          <p>{t('learn.emptyBody')}</p>
        </div>
      ) : (
        <>
          {enrolled.length > 0 ? (
            <section aria-labelledby="my-courses-title">
              <h2 id="my-courses-title">{t('learn.myCourses')}</h2>
              <ul className="course-list">
                {enrolled.map((course) => (
                  <EnrolledCourse key={course.slug} course={course} />
                ))}
              </ul>
            </section>
          ) : (
            <p className="lead">{t('learn.notEnrolledYet')}</p>
          )}
          {tracks.map((track) => (
            <section key={track.id} aria-labelledby={`track-${track.slug}`} className="track">
              <h2 id={`track-${track.slug}`} lang={track.language}>
                {track.title}
              </h2>
              <p lang={track.language}>{track.summary}</p>
              <ul className="course-list">
                {track.courses.map((course) => (
                  <CourseCard key={course.slug} course={course} headingLevel={3} />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
      <p className="catalog-link">
        <Link href="/courses" className="button">
          {t('learn.browseCatalog')}
        </Link>
      </p>
    </section>
  );
}

/** A followed course with its progress, which the course list does not carry. */
function EnrolledCourse({ course }: { course: CourseCardData }) {
  const { t } = useTranslation();
  const { state } = useQuery(CourseProgressQuery, { slug: course.slug });
  const progress = state.phase === 'ready' ? state.data.course.progress : null;
  return (
    <li className="course-card">
      <h3 className="course-card-title" lang={course.language}>
        <Link href={coursePath(course.slug)}>{course.title}</Link>
      </h3>
      {progress ? (
        <ProgressBar progress={progress} label={t('learning.progressOf', { title: course.title })} />
      ) : state.phase === 'failed' ? (
        <p className="muted">{t('learn.progressUnavailable')}</p>
      ) : (
        <p className="muted">{t('app.loading')}</p>
      )}
    </li>
  );
}
