import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PageLoading } from '../../../app/guards';
import { usePageTitle } from '../../../shared/ui/use-page-title';
import { ItemNav } from '../../learn/components/ItemNav';
import { QueryProblem } from '../../learn/components/QueryProblem';
import { coursePath } from '../../learn/course-paths';
import { useQuery } from '../../learn/hooks/use-query';
import { type ExerciseData, ExerciseQuery } from '../graphql/exercise.query';
import { PredictionTaskView } from './PredictionTaskView';
import { QuizPreview } from './QuizPreview';
import { StarterCode } from './StarterCode';
import '../../learn/i18n/learner-messages';

/** An exercise's task: the prompt, then what the learner works with for its kind. */
export function ExercisePage({ courseSlug, exerciseSlug }: { courseSlug: string; exerciseSlug: string }) {
  const { t } = useTranslation();
  const { state, reload } = useQuery(ExerciseQuery, { courseSlug, slug: exerciseSlug });
  usePageTitle(state.phase === 'ready' ? state.data.exercise.title : t('exercise.title'));

  if (state.phase === 'loading') return <PageLoading />;
  if (state.phase === 'failed') return <QueryProblem problem={state.problem} onRetry={reload} title={t('exercise.title')} />;
  return <ExerciseView data={state.data} />;
}

function ExerciseView({ data: { exercise, course } }: { data: ExerciseData }) {
  const { t } = useTranslation();
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
      {/* Sanitized at publication on the server (libs/content-rendering). */}
      <div className="lesson-body" lang={course.language} dangerouslySetInnerHTML={{ __html: exercise.promptHtml }} />
      {exercise.kind === 'QUIZ' && exercise.questions ? <QuizPreview questions={exercise.questions} language={course.language} /> : null}
      {exercise.kind === 'PYTHON' && exercise.starterCode !== null ? (
        <StarterCode code={exercise.starterCode} timeLimitSeconds={exercise.timeLimitSeconds} />
      ) : null}
      {exercise.kind === 'PREDICTION' && exercise.prediction ? <PredictionTaskView task={exercise.prediction} /> : null}
      <ItemNav courseSlug={course.slug} previous={exercise.previous} next={exercise.next} />
    </article>
  );
}
