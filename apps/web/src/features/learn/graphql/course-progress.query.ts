import { gql, type TypedDocumentNode } from '@urql/core';
import type { CourseProgress } from '../../course/graphql/course-detail.fragment';

export interface CourseProgressData {
  course: { id: string; slug: string; progress: CourseProgress | null };
}

/** One enrolled course's progress, for the learner's home. */
export const CourseProgressQuery: TypedDocumentNode<CourseProgressData, { slug: string }> = gql`
  query CourseProgress($slug: String!) {
    course(slug: $slug) {
      id
      slug
      progress {
        percent
        lessonsCompleted
        lessonsTotal
        exercisesPassed
        exercisesTotal
      }
    }
  }
`;
