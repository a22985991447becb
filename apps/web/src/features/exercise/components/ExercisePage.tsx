import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PageLoading } from '../../../app/guards';
import { usePageTitle } from '../../../shared/ui/use-page-title';
import { useSession } from '../../auth/hooks/use-session';
import { exerciseSubmissionsPath } from '../../grading-staff/grading-paths';
import { destination } from '../../navigation/destinations';
import { ItemNav } from '../../learn/components/ItemNav';
import { QueryProblem } from '../../learn/components/QueryProblem';
import { coursePath } from '../../learn/course-paths';
import { useQuery } from '../../learn/hooks/use-query';
import { type ExerciseData, ExerciseQuery } from '../graphql/exercise.query';
import { ExerciseWork } from './ExerciseWork';
import { PredictionTaskView } from './PredictionTaskView';
import '../../learn/i18n/learner-messages';
import '../exercise.css';

/** An exercise: the prompt, the learner's answer and its grading, past attempts. */
export function ExercisePage({ courseSlug, exerciseSlug }: { courseSlug: string; exerciseSlug: string }) {
  const { t } = useTranslation();
  const { state, reload, update } = useQuery(ExerciseQuery, { courseSlug, slug: exerciseSlug });
  usePageTitle(state.phase === 'ready' ? state.data.exercise.title : t('exercise.title'));

  if (state.phase === 'loading') return <PageLoading />;
  if (state.phase === 'failed') return <QueryProblem problem={state.problem} onRetry={reload} title={t('exercise.title')} />;
  return <ExerciseView data={state.data} onEnrolled={() => update((d) => ({ ...d, course: { ...d.course, enrolled: true } }))} />;
}

function ExerciseView({ data, onEnrolled }: { data: ExerciseData; onEnrolled: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const { exercise, course } = data;
  return (
    <article aria-labelledby="exercise-title" className="exercise-page">
      <p className="breadcrumb">
        <Link href={coursePath(course.slug)} lang={course.language}>
          {course.title}
        </Link>
      </p>
      <h1 id="exercise-title" lang={course.language}>
        {exercise.title}
      </h1>
      <p className="muted">{t(`learning.exerciseKinds.${exercise.kind}`)}</p>
      {session.status === 'signedIn' && destination('grading').roles.includes(session.user.role) ? (
        <p>
          <Link href={exerciseSubmissionsPath(course.slug, exercise.slug)}>{t('nav.exerciseSubmissions')}</Link>
        </p>
      ) : null}
      {/* Sanitized at publication on the server (libs/content-rendering). */}
      <div className="lesson-body" lang={course.language} dangerouslySetInnerHTML={{ __html: exercise.promptHtml }} />
      {exercise.kind === 'PREDICTION' && exercise.prediction ? <PredictionTaskView task={exercise.prediction} /> : null}
      {/* The route requires a signed-in user; the check only narrows the type. */}
      {session.status === 'signedIn' ? <ExerciseWork data={data} user={session.user} onEnrolled={onEnrolled} /> : null}
      <ItemNav courseSlug={course.slug} previous={exercise.previous} next={exercise.next} />
    </article>
  );
}
