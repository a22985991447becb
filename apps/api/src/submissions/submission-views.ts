import type { CourseEntity, ExerciseEntity, GradingResultRecord, GradingRunEntity, ScoreOverrideEntity, SubmissionEntity, UserEntity } from '@sankofa/db';
import { ExerciseKind, SubmissionStatus } from '@sankofa/domain';
import type { GradingResult, GradingRun, Submission } from './submissions.models';

/** Everything a Submission view is built from, loaded in batches by the service. */
export interface SubmissionParts {
  submission: SubmissionEntity;
  course: Pick<CourseEntity, 'slug'>;
  exercise: Pick<ExerciseEntity, 'kind' | 'publicSpec'>;
  learner: Pick<UserEntity, 'displayName'>;
  runs: GradingRunEntity[];
  override: (ScoreOverrideEntity & { byName: string }) | null;
  queuePosition: number | null;
  /** Course staff see private scores before the deadline. */
  viewerIsStaff: boolean;
  now: Date;
}

/** The attempts the exercise's author allows; null when the exercise sets none. */
export function exerciseMaxAttempts(exercise: Pick<ExerciseEntity, 'publicSpec'>): number | null {
  const own = (exercise.publicSpec['authored'] as { maxAttempts?: unknown } | undefined)?.maxAttempts;
  return typeof own === 'number' ? own : null;
}

/** The exercise's deadline has passed: private leaderboard scores may be shown. */
export function privateRevealed(exercise: Pick<ExerciseEntity, 'publicSpec'>, now: Date): boolean {
  const deadline = exercise.publicSpec['deadline'];
  return typeof deadline === 'string' && new Date(deadline).getTime() <= now.getTime();
}

export function resultView(run: GradingRunEntity, revealPrivate: boolean): GradingResult | null {
  if (!run.finishedAt || !run.result) return null;
  const r: GradingResultRecord = run.result;
  return {
    status: run.status,
    score: run.score ?? 0,
    passed: run.passed ?? false,
    durationMs: run.durationMs ?? 0,
    message: r.message,
    errorDetail: r.errorDetail,
    cases: r.cases,
    questions: r.questions,
    problems: r.problems,
    metric: r.metric,
    publicScore: r.publicScore,
    privateScore: revealPrivate ? r.privateScore : null,
  };
}

export function submissionView(p: SubmissionParts): Submission {
  const reveal = p.viewerIsStaff || privateRevealed(p.exercise, p.now);
  const runs = [...p.runs].sort((a, b) => a.runNumber - b.runNumber);
  const latestDone = [...runs].reverse().find((r) => r.finishedAt);
  const runViews: GradingRun[] = runs.map((r) => ({ runNumber: r.runNumber, status: r.status, reason: r.reason, createdAt: r.createdAt, finishedAt: r.finishedAt, result: resultView(r, reveal) }));
  const s = p.submission;
  return {
    id: s.id,
    courseSlug: p.course.slug,
    exerciseSlug: s.exerciseSlug,
    kind: p.exercise.kind,
    status: s.status,
    queuePosition: s.status === SubmissionStatus.QUEUED ? p.queuePosition : null,
    attemptNumber: s.attemptNumber,
    score: s.score,
    passed: s.passed,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    result: latestDone ? resultView(latestDone, reveal) : null,
    runs: runViews,
    override: p.override ? { score: p.override.score, reason: p.override.reason, byName: p.override.byName, createdAt: p.override.createdAt } : null,
    code: p.exercise.kind === ExerciseKind.PREDICTION ? null : s.content,
    learnerName: p.learner.displayName,
  };
}
