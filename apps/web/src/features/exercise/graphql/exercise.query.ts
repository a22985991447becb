import { gql, type TypedDocumentNode } from '@urql/core';
import type { ExerciseKind } from '../../course/graphql/course-detail.fragment';
import type { ItemRef } from '../../lesson/graphql/lesson.query';

export type QuestionType = 'single' | 'multiple' | 'numeric' | 'text';

export interface QuizQuestion {
  id: string;
  type: QuestionType;
  points: number;
  promptHtml: string;
  options: { id: string; html: string }[];
}

export interface PredictionTask {
  metric: string;
  targetColumn: string;
  idColumn: string;
  baselineMethod: string | null;
  baselineScore: number | null;
  deadline: string | null;
  files: { name: string; size: number; url: string }[];
}

export interface ExerciseData {
  exercise: {
    id: string;
    slug: string;
    courseSlug: string;
    title: string;
    kind: ExerciseKind;
    promptHtml: string;
    questions: QuizQuestion[] | null;
    starterCode: string | null;
    timeLimitSeconds: number | null;
    /** Submissions the learner may make; null when unlimited. */
    maxAttempts: number | null;
    prediction: PredictionTask | null;
    previous: ItemRef | null;
    next: ItemRef | null;
  };
  course: { id: string; slug: string; title: string; language: string; enrolled: boolean };
}

export const ExerciseQuery: TypedDocumentNode<ExerciseData, { courseSlug: string; slug: string }> = gql`
  query Exercise($courseSlug: String!, $slug: String!) {
    exercise(courseSlug: $courseSlug, slug: $slug) {
      id
      slug
      courseSlug
      title
      kind
      promptHtml
      questions {
        id
        type
        points
        promptHtml
        options {
          id
          html
        }
      }
      starterCode
      timeLimitSeconds
      maxAttempts
      prediction {
        metric
        targetColumn
        idColumn
        baselineMethod
        baselineScore
        deadline
        files {
          name
          size
          url
        }
      }
      previous {
        type
        slug
        title
      }
      next {
        type
        slug
        title
      }
    }
    course(slug: $courseSlug) {
      id
      slug
      title
      language
      enrolled
    }
  }
`;
