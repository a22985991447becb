import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { coursePath } from '../../learn/course-paths';
import { languageName } from '../../learn/format';
import type { CourseCardData } from '../graphql/course-card.fragment';
import '../../learn/i18n/learner-messages';

/** A course in a list: what it is, for whom, and how long it takes. */
export function CourseCard({ course, headingLevel }: { course: CourseCardData; headingLevel: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li className="course-card">
      <Heading className="course-card-title" lang={course.language}>
        <Link href={coursePath(course.slug)}>{course.title}</Link>
      </Heading>
      <p className="course-card-meta">
        {t(`learning.levels.${course.level}`)} · {languageName(course.language, i18n.language)} ·{' '}
        {t('learning.hours', { count: course.estimatedHours, hours: new Intl.NumberFormat(i18n.language).format(course.estimatedHours) })}
      </p>
      <p className="course-card-meta muted">
        {t('learning.lessonCount', { count: course.lessonCount })} · {t('learning.exerciseCount', { count: course.exerciseCount })}
        {course.enrolled ? (
          <>
            {' '}
            · <strong className="badge">{t('learning.enrolled')}</strong>
          </>
        ) : null}
      </p>
    </li>
  );
}
