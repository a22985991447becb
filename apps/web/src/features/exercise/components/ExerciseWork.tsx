import { InputErrorReason, isPendingStatus } from '@sankofa/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../shared/graphql/problem';
import { problemMessage } from '../../../shared/graphql/problem-message';
import { useMutation } from '../../../shared/graphql/use-mutation';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import type { User } from '../../../shared/graphql/user.fragment';
import { EnrollMutation } from '../../course/graphql/enroll.mutation';
import { LeaderboardSection } from '../../submissions/components/LeaderboardSection';
import { SubmissionHistory } from '../../submissions/components/SubmissionHistory';
import { SubmissionStatusPanel } from '../../submissions/components/SubmissionStatusPanel';
import { SubmitButton, SubmitFeedback } from '../../submissions/components/SubmitFeedback';
import { useLiveSubmission } from '../../submissions/hooks/use-live-submission';
import { useMySubmissions } from '../../submissions/hooks/use-my-submissions';
import { useSubmitExercise } from '../../submissions/hooks/use-submit-exercise';
import type { SubmissionSummary } from '../../submissions/graphql/submission.fragment';
import type { ExerciseData } from '../graphql/exercise.query';
import { PredictionSubmitForm } from './PredictionSubmitForm';
import { PythonSubmitForm } from './PythonSubmitForm';
import { QuizForm } from './QuizForm';
import '../../learn/i18n/learner-messages';

export interface ExerciseWorkProps {
  data: ExerciseData;
  user: User;
  onEnrolled: () => void;
}

/**
 * Everything the learner does with an exercise: the answer form for its kind, the submission
 * followed live, past attempts, and the leaderboard of a prediction challenge.
 */
export function ExerciseWork({ data: { exercise, course }, user, onEnrolled }: ExerciseWorkProps) {
  const { t } = useTranslation();
  const scope = useMemo(() => ({ userId: user.id, courseSlug: course.slug, exerciseSlug: exercise.slug }), [user.id, course.slug, exercise.slug]);
  const history = useMySubmissions(course.slug, exercise.slug);
  const { state, submission: submitted, submit, retry, discard } = useSubmitExercise(scope, history.recordAttempt);
  const [justEnrolled, setJustEnrolled] = useState(false);
  // Back on the page while the last attempt is still being graded: follow it too. Chosen once:
  // it stays the one shown when its grading has finished.
  const [resumed, setResumed] = useState<SubmissionSummary | null>(null);
  const newest = history.items[0];
  if (!resumed && !submitted && newest && isPendingStatus(newest.status)) setResumed(newest);
  const followed = submitted ?? resumed;
  const live = useLiveSubmission(followed, history.recordAttempt);

  const questionNumber = useMemo(() => {
    const positions = new Map((exercise.questions ?? []).map((q, i) => [q.id, i + 1]));
    return (questionId: string) => positions.get(questionId) ?? null;
  }, [exercise.questions]);

  const refusedForEnrolment = state.phase === 'refused' && state.problem.kind === 'graphql' && state.problem.reason === InputErrorReason.NOT_ENROLLED;
  const canSubmit = course.enrolled && !refusedForEnrolment;
  const sending = state.phase === 'sending';
  const control = (label: string) => (canSubmit ? <SubmitButton label={label} sending={sending} /> : null);

  return (
    <>
      {exercise.kind === 'QUIZ' && exercise.questions ? (
        <QuizForm questions={exercise.questions} language={course.language} submitControl={control(t('exercise.submitAnswers'))} onSubmit={(answers) => submit({ answers })} />
      ) : null}
      {exercise.kind === 'PYTHON' ? (
        <PythonSubmitForm
          scope={scope}
          starterCode={exercise.starterCode ?? ''}
          timeLimitSeconds={exercise.timeLimitSeconds}
          submitControl={control(t('exercise.submitCode'))}
          onSubmit={(code) => submit({ code })}
        />
      ) : null}
      {exercise.kind === 'PREDICTION' && exercise.prediction ? (
        <PredictionSubmitForm task={exercise.prediction} submitControl={control(t('exercise.submitPredictions'))} onSubmit={(predictionsCsv) => submit({ predictionsCsv })} />
      ) : null}
      {canSubmit && exercise.maxAttempts ? <p className="muted">{t('exercise.maxAttempts', { count: exercise.maxAttempts })}</p> : null}
      {canSubmit ? (
        <SubmitFeedback state={state} onRetry={retry} onDiscard={discard} />
      ) : (
        <EnrollPrompt
          courseSlug={course.slug}
          onEnrolled={() => {
            discard();
            setJustEnrolled(true);
            onEnrolled();
          }}
        />
      )}
      {justEnrolled && canSubmit && state.phase === 'idle' && !submitted ? <StatusMessage tone="success">{t('exercise.enrolledNow')}</StatusMessage> : null}
      <SubmissionStatusPanel submission={live.submission} polling={live.polling} questionNumber={questionNumber} />
      <SubmissionHistory history={history} questionNumber={questionNumber} />
      {exercise.kind === 'PREDICTION' ? (
        // Asked again when a submission of mine is graded: it may have moved me up.
        <LeaderboardSection key={live.submission && !isPendingStatus(live.submission.status) ? live.submission.updatedAt : 'initial'} courseSlug={course.slug} exerciseSlug={exercise.slug} />
      ) : null}
    </>
  );
}

function EnrollPrompt({ courseSlug, onEnrolled }: { courseSlug: string; onEnrolled: () => void }) {
  const { t } = useTranslation();
  const [enrolling, enroll] = useMutation(EnrollMutation);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function onEnroll() {
    setProblem(null);
    const outcome = await enroll({ courseSlug });
    if (!outcome.ok) return setProblem(outcome.problem);
    onEnrolled();
  }

  return (
    <div className="enrol-prompt">
      <p>{t('exercise.enrollToSubmit')}</p>
      {problem ? <StatusMessage tone="error">{problemMessage(t, problem)}</StatusMessage> : null}
      <button type="button" className="button button-primary" disabled={enrolling.pending} onClick={() => void onEnroll()}>
        {enrolling.pending ? t('course.enrolling') : t('course.enroll')}
      </button>
    </div>
  );
}
