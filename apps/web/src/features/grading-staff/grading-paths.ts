import { destination } from '../navigation/destinations';

const grading = destination('grading').path;

/** Route patterns of the grading tools; links are built by the functions below. */
export const EXERCISE_SUBMISSIONS_ROUTE = `${grading}/courses/:slug/exercises/:exercise`;
export const SUBMISSION_REVIEW_ROUTE = `${grading}/submissions/:id`;

export const exerciseSubmissionsPath = (courseSlug: string, exerciseSlug: string) =>
  `${grading}/courses/${encodeURIComponent(courseSlug)}/exercises/${encodeURIComponent(exerciseSlug)}`;

export const submissionReviewPath = (submissionId: string) => `${grading}/submissions/${encodeURIComponent(submissionId)}`;
