import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { problemMessage } from '../../../shared/graphql/problem-message';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import { usePageTitle } from '../../../shared/ui/use-page-title';
import { MyCoursesQuery } from '../graphql/my-courses.query';
import { useAuthoringQuery } from '../hooks/use-authoring-query';
import { StatusBadge } from './StatusBadge';
import { useAuthoringText } from '../i18n/authoring-text';

/** The instructor's home: the courses they own (admins: every course), and "New course". */
export function MyCoursesPage() {
  const { t, i18n } = useTranslation();
  const a = useAuthoringText();
  usePageTitle(t('teach.title'));
  const { state, reload } = useAuthoringQuery(MyCoursesQuery, {});
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section aria-labelledby="teach-title" className="authoring">
      <div className="authoring-head">
        <h1 id="teach-title">{t('teach.title')}</h1>
        <Link href="/teach/new" className="button button-primary">
          {a('list.newCourse')}
        </Link>
      </div>
      {state.phase === 'loading' ? (
        <p className="muted" role="status">
          {a('list.loading')}
        </p>
      ) : state.phase === 'failed' ? (
        <StatusMessage tone="error">
          {problemMessage(t, state.problem)}{' '}
          <button type="button" className="link-button" onClick={reload}>
            {a('retry')}
          </button>
        </StatusMessage>
      ) : state.data.myCourses.length === 0 ? (
        <div className="empty-state">
          <h2>{t('teach.emptyTitle')}</h2>
          <p>{t('teach.emptyBody')}</p>
        </div>
      ) : (
        <ul className="authored-list" aria-labelledby="teach-title">
          {state.data.myCourses.map((course) => (
            <li key={course.id} className="authored-card">
              <h2>
                <Link href={`/teach/courses/${course.slug}`}>{course.title || course.slug}</Link>
              </h2>
              <p className="authored-meta">
                <code>{course.slug}</code> <StatusBadge status={course.status} />
              </p>
              <p className="muted">
                {course.latestVersion > 0 ? a('list.version', { version: course.latestVersion }) : a('list.neverPublished')} ·{' '}
                {a('list.updated', { date: dateFormat.format(new Date(course.updatedAt)) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
