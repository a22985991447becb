/** Curricula shared vocabulary (API, web app and the course-as-code format). */

export enum CourseStatus {
  /** Never published: visible to its instructors and admins only. */
  DRAFT = 'DRAFT',
  /** Has at least one published version; learners see the latest. */
  PUBLISHED = 'PUBLISHED',
  /** Withdrawn from the catalog; enrolled learners keep read access to what they took. */
  ARCHIVED = 'ARCHIVED',
}

export enum CourseLevel {
  BEGINNER = 'BEGINNER',
  INTERMEDIATE = 'INTERMEDIATE',
  ADVANCED = 'ADVANCED',
}

export enum ExerciseKind {
  QUIZ = 'QUIZ',
  PYTHON = 'PYTHON',
  PREDICTION = 'PREDICTION',
}

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SLUG_MIN_LENGTH = 3;
export const SLUG_MAX_LENGTH = 64;

export function isSlug(value: string): boolean {
  return value.length >= SLUG_MIN_LENGTH && value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);
}
