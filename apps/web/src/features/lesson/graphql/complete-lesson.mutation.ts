import { gql, type TypedDocumentNode } from '@urql/core';
import type { CourseProgress } from '../../course/graphql/course-detail.fragment';

export const CompleteLessonMutation: TypedDocumentNode<{ completeLesson: CourseProgress }, { courseSlug: string; lessonSlug: string }> = gql`
  mutation CompleteLesson($courseSlug: String!, $lessonSlug: String!) {
    completeLesson(courseSlug: $courseSlug, lessonSlug: $lessonSlug) {
      percent
      lessonsCompleted
      lessonsTotal
      exercisesPassed
      exercisesTotal
    }
  }
`;
