import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Problem } from '../../../shared/graphql/problem';
import { problemMessage } from '../../../shared/graphql/problem-message';
import { useMutation } from '../../../shared/graphql/use-mutation';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import { usePageTitle } from '../../../shared/ui/use-page-title';
import { PageLoading } from '../../../app/guards';
import { ProgressBar } from '../../learn/components/ProgressBar';
import { QueryProblem } from '../../learn/components/QueryProblem';
import { coursePath, itemPath } from '../../learn/course-paths';
import { languageName } from '../../learn/format';
import { useQuery } from '../../learn/hooks/use-query';
import type { CourseDetail } from '../graphql/course-detail.fragment';
import { CourseQuery } from '../graphql/course.query';
import { EnrollMutation } from '../graphql/enroll.mutation';
import { UnenrollMutation } from '../graphql/unenroll.mutation';
import '../../learn/i18n/learner-messages';

/** The first lesson not yet marked complete, in outline order. */
export function firstUnfinishedLesson(course: CourseDetail) {
  return course.modules.flatMap((m) => m.items).find((item) => item.type === 'lesson' && !item.completed) ?? null;
}

/** A course: what it teaches, its outline, and enrolment. */
export function CoursePage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { state, reload, update } = useQuery(CourseQuery, { slug });
  usePageTitle(state.phase === 'ready' ? state.data.course.title : t('course.title'));

  if (state.phase === 'loading') return <PageLoading />;
  if (state.phase === 'failed') return <QueryProblem problem={state.problem} onRetry={reload} title={t('course.title')} />;
  return <CourseView course={state.data.course} onChange={(course) => update(() => ({ course }))} />;
}

function CourseView({ course, onChange }: { course: CourseDetail; onChange: (course: CourseDetail) => void }) {
  const { t, i18n } = useTranslation();
  const [enrolling, enroll] = useMutation(EnrollMutation);
  const [leaving, unenroll] = useMutation(UnenrollMutation);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<'enrolled' | 'left' | null>(null);

  async function onEnroll() {
    setProblem(null);
    const outcome = await enroll({ courseSlug: course.slug });
    if (!outcome.ok) return setProblem(outcome.problem);
    setNotice('enrolled');
    onChange(outcome.data.enroll);
  }

  async function onLeave() {
    setProblem(null);
    const outcome = await unenroll({ courseSlug: course.slug });
    setConfirmLeave(false);
    if (!outcome.ok) return setProblem(outcome.problem);
    setNotice('left');
    // Completed lessons are kept by the server for a later return, but no longer shown.
    onChange({ ...course, enrolled: false, progress: null });
  }

  const next = course.enrolled ? firstUnfinishedLesson(course) : null;
  return (
    <article aria-labelledby="course-title" className="course-page">
      <p className="breadcrumb">
        <Link href="/courses">{t('catalog.title')}</Link>
      </p>
      <h1 id="course-title" lang={course.language}>
        {course.title}
      </h1>
      <p className="lead" lang={course.language}>
        {course.summary}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('course.level')}</dt>
          <dd>{t(`learning.levels.${course.level}`)}</dd>
        </div>
        <div>
          <dt>{t('course.language')}</dt>
          <dd>{languageName(course.language, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('course.length')}</dt>
          <dd>
            {t('learning.hours', { count: course.estimatedHours, hours: new Intl.NumberFormat(i18n.language).format(course.estimatedHours) })} · {t('learning.lessonCount', { count: course.lessonCount })} ·{' '}
            {t('learning.exerciseCount', { count: course.exerciseCount })}
          </dd>
        </div>
        <div>
          <dt>{t('course.licence')}</dt>
          <dd>{course.licence}</dd>
        </div>
        <div>
          <dt>{t('course.version')}</dt>
          <dd>{course.version}</dd>
        </div>
      </dl>

      {course.translationOf ? (
        <p>
          {t('course.translationOf')}{' '}
          <Link href={coursePath(course.translationOf.slug)} lang={course.translationOf.language}>
            {course.translationOf.title}
          </Link>{' '}
          ({languageName(course.translationOf.language, i18n.language)})
        </p>
      ) : null}
      {course.translations.length > 0 ? (
        <div className="translations">
          <h2 className="small-heading">{t('course.translations')}</h2>
          <ul>
            {course.translations.map((translation) => (
              <li key={translation.slug}>
                <Link href={coursePath(translation.slug)} lang={translation.language}>
                  {translation.title}
                </Link>{' '}
                ({languageName(translation.language, i18n.language)})
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <section aria-labelledby="enrolment-title" className="enrolment">
        <h2 id="enrolment-title" className="visually-hidden">
          {t('course.enrolment')}
        </h2>
        {course.enrolled && course.progress ? <ProgressBar progress={course.progress} label={t('learning.progressOf', { title: course.title })} /> : null}
        {notice === 'enrolled' && course.enrolled ? <StatusMessage tone="success">{t('course.enrolledNotice')}</StatusMessage> : null}
        {notice === 'left' && !course.enrolled ? <StatusMessage tone="info">{t('course.leftNotice')}</StatusMessage> : null}
        {problem ? <StatusMessage tone="error">{problemMessage(t, problem)}</StatusMessage> : null}
        {course.enrolled ? (
          <div className="actions">
            {next ? (
              <Link href={itemPath(course.slug, next)} className="button button-primary">
                {course.progress && course.progress.lessonsCompleted > 0 ? t('course.continue') : t('course.start')}
              </Link>
            ) : (
              <p>{t('course.allLessonsDone')}</p>
            )}
            {confirmLeave ? null : (
              <button type="button" className="button" onClick={() => setConfirmLeave(true)}>
                {t('course.leave')}
              </button>
            )}
          </div>
        ) : (
          <div className="actions">
            <button type="button" className="button button-primary" disabled={enrolling.pending} onClick={() => void onEnroll()}>
              {enrolling.pending ? t('course.enrolling') : t('course.enroll')}
            </button>
          </div>
        )}
        {course.enrolled && confirmLeave ? (
          <div className="confirm" role="group" aria-labelledby="leave-question">
            <p id="leave-question">{t('course.leaveQuestion')}</p>
            <div className="actions">
              <button type="button" className="button" disabled={leaving.pending} onClick={() => void onLeave()}>
                {t('course.leaveConfirm')}
              </button>
              <button type="button" className="button" onClick={() => setConfirmLeave(false)}>
                {t('course.cancel')}
              </button>
            </div>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="outline-title">
        <h2 id="outline-title">{t('course.outline')}</h2>
        {course.modules.map((module, index) => (
          <section key={module.slug} aria-labelledby={`module-${module.slug}`} className="module">
            <h3 id={`module-${module.slug}`} lang={course.language}>
              {t('course.moduleNumber', { number: index + 1 })} {module.title}
            </h3>
            <ol className="outline">
              {module.items.map((item) => (
                <li key={`${item.type}:${item.slug}`} className={item.completed ? 'outline-item done' : 'outline-item'}>
                  <Link href={itemPath(course.slug, item)} lang={course.language}>
                    {item.title}
                  </Link>
                  <span className="outline-meta">
                    {item.type === 'lesson'
                      ? t('course.minutes', { count: item.minutes ?? 0 })
                      : item.exerciseKind
                        ? t(`learning.exerciseKinds.${item.exerciseKind}`)
                        : t('course.exercise')}
                    {item.completed ? (
                      <>
                        {' '}
                        <span className="done-mark" aria-hidden="true">
                          ✓
                        </span>
                        <span className="visually-hidden">{t('course.done')}</span>
                      </>
                    ) : null}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </section>
    </article>
  );
}
