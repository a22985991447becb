import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PageLoading } from '../../../app/guards';
import type { Problem } from '../../../shared/graphql/problem';
import { problemMessage } from '../../../shared/graphql/problem-message';
import { useMutation } from '../../../shared/graphql/use-mutation';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import { usePageTitle } from '../../../shared/ui/use-page-title';
import { EnrollMutation } from '../../course/graphql/enroll.mutation';
import type { CourseProgress } from '../../course/graphql/course-detail.fragment';
import { ItemNav } from '../../learn/components/ItemNav';
import { ProgressBar } from '../../learn/components/ProgressBar';
import { QueryProblem } from '../../learn/components/QueryProblem';
import { coursePath } from '../../learn/course-paths';
import { useQuery } from '../../learn/hooks/use-query';
import { LessonModelCards } from '../../open-models/components/LessonModelCards';
import { CompleteLessonMutation } from '../graphql/complete-lesson.mutation';
import { type LessonData, LessonQuery } from '../graphql/lesson.query';
import { labelWorkedExamples } from './lesson-html';
import '../../learn/i18n/learner-messages';

/** A lesson to read, with its objectives, glossary, self-check and summary. */
export function LessonPage({ courseSlug, lessonSlug }: { courseSlug: string; lessonSlug: string }) {
  const { t } = useTranslation();
  const { state, reload, update } = useQuery(LessonQuery, { courseSlug, slug: lessonSlug });
  usePageTitle(state.phase === 'ready' ? state.data.lesson.title : t('lesson.title'));

  if (state.phase === 'loading') return <PageLoading />;
  if (state.phase === 'failed') return <QueryProblem problem={state.problem} onRetry={reload} title={t('lesson.title')} />;
  return <LessonView data={state.data} onChange={update} />;
}

function LessonView({ data, onChange }: { data: LessonData; onChange: (change: (data: LessonData) => LessonData) => void }) {
  const { t } = useTranslation();
  const { lesson, course } = data;
  const html = useMemo(() => labelWorkedExamples(lesson.html, t('lesson.workedExample')), [lesson.html, t]);

  return (
    <article aria-labelledby="lesson-title" className="lesson-page">
      <p className="breadcrumb">
        <Link href={coursePath(course.slug)} lang={course.language}>
          {course.title}
        </Link>
      </p>
      <h1 id="lesson-title" lang={course.language}>{lesson.title}</h1>
      <p className="muted">{t('lesson.minutes', { count: lesson.minutes })}</p>

      <section aria-labelledby="objectives-title" className="lesson-box">
        <h2 id="objectives-title" className="small-heading">
          {t('lesson.objectives')}
        </h2>
        <ul lang={course.language}>
          {lesson.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
      </section>

      {/* Sanitized at publication on the server (libs/content-rendering): no script, style or handler survives. */}
      <div className="lesson-body" lang={course.language} dangerouslySetInnerHTML={{ __html: html }} />

      {lesson.glossary.length > 0 ? (
        <section aria-labelledby="glossary-title">
          <h2 id="glossary-title">{t('lesson.glossary')}</h2>
          <dl className="glossary" lang={course.language}>
            {lesson.glossary.map((entry) => (
              <div key={entry.term}>
                <dt>{entry.term}</dt>
                <dd>{entry.definition}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}

      <section aria-labelledby="check-title" className="lesson-box">
        <h2 id="check-title">{t('lesson.check')}</h2>
        <p lang={course.language}>{lesson.check.question}</p>
        <details>
          <summary>{t('lesson.showAnswer')}</summary>
          <p lang={course.language}>{lesson.check.answer}</p>
        </details>
      </section>

      <LessonModelCards models={lesson.models} />

      <section aria-labelledby="summary-title">
        <h2 id="summary-title">{t('lesson.summary')}</h2>
        <ul lang={course.language}>
          {lesson.summary.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <LessonCompletion data={data} onChange={onChange} />
      <ItemNav courseSlug={course.slug} previous={lesson.previous} next={lesson.next} />
    </article>
  );
}

/** Mark as complete for enrolled learners; an invitation to enroll for the others. */
function LessonCompletion({ data, onChange }: { data: LessonData; onChange: (change: (data: LessonData) => LessonData) => void }) {
  const { t } = useTranslation();
  const { lesson, course } = data;
  const [completing, complete] = useMutation(CompleteLessonMutation);
  const [enrolling, enroll] = useMutation(EnrollMutation);
  const [progress, setProgress] = useState<CourseProgress | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function onComplete() {
    setProblem(null);
    const outcome = await complete({ courseSlug: course.slug, lessonSlug: lesson.slug });
    if (!outcome.ok) return setProblem(outcome.problem);
    setProgress(outcome.data.completeLesson);
    onChange((d) => ({ ...d, lesson: { ...d.lesson, completed: true } }));
  }

  async function onEnroll() {
    setProblem(null);
    const outcome = await enroll({ courseSlug: course.slug });
    if (!outcome.ok) return setProblem(outcome.problem);
    onChange((d) => ({ ...d, course: { ...d.course, enrolled: true } }));
  }

  return (
    <section aria-labelledby="completion-title" className="lesson-completion">
      <h2 id="completion-title" className="visually-hidden">
        {t('lesson.completion')}
      </h2>
      {problem ? <StatusMessage tone="error">{problemMessage(t, problem)}</StatusMessage> : null}
      {!course.enrolled ? (
        <>
          <p>{t('lesson.enrollPrompt')}</p>
          <button type="button" className="button button-primary" disabled={enrolling.pending} onClick={() => void onEnroll()}>
            {enrolling.pending ? t('course.enrolling') : t('course.enroll')}
          </button>
        </>
      ) : lesson.completed ? (
        <>
          <StatusMessage tone="success">{t('lesson.completed')}</StatusMessage>
          {progress ? <ProgressBar progress={progress} label={t('learning.progressOf', { title: course.title })} /> : null}
        </>
      ) : (
        <button type="button" className="button button-primary" disabled={completing.pending} onClick={() => void onComplete()}>
          {completing.pending ? t('lesson.completing') : t('lesson.markComplete')}
        </button>
      )}
    </section>
  );
}
