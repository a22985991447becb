/** One learner's work on one exercise: what drafts and unsent submissions are stored under. */
export interface ExerciseScope {
  userId: string;
  courseSlug: string;
  exerciseSlug: string;
}

/**
 * A localStorage key for something kept per learner and exercise. The user id is part of it so
 * that on a shared computer one learner's draft or queued submission never reaches another's.
 */
export function exerciseStorageKey(name: string, scope: ExerciseScope): string {
  return `sankofa.${name}.${scope.userId}.${scope.courseSlug}/${scope.exerciseSlug}`;
}
