import { gql, type TypedDocumentNode } from '@urql/core';

export interface RegradeExerciseData {
  /** How many submissions were queued (those being graded already are left alone). */
  regradeExercise: number;
}

export const RegradeExerciseMutation: TypedDocumentNode<RegradeExerciseData, { courseSlug: string; exerciseSlug: string; reason: string }> = gql`
  mutation RegradeExercise($courseSlug: String!, $exerciseSlug: String!, $reason: String!) {
    regradeExercise(courseSlug: $courseSlug, exerciseSlug: $exerciseSlug, reason: $reason)
  }
`;
