import { gql } from '@urql/core';
import type { CourseLevel } from '../../catalog/graphql/course-card.fragment';

export type ExerciseKind = 'QUIZ' | 'PYTHON' | 'PREDICTION';

export interface CourseProgress {
  percent: number;
  lessonsCompleted: number;
  lessonsTotal: number;
  exercisesPassed: number;
  exercisesTotal: number;
}

export interface CourseRef {
  slug: string;
  title: string;
  language: string;
}

export interface OutlineItem {
  type: string;
  slug: string;
  title: string;
  minutes: number | null;
  completed: boolean;
  exerciseKind: ExerciseKind | null;
}

export interface CourseDetail {
  id: string;
  slug: string;
  title: string;
  summary: string;
  level: CourseLevel;
  language: string;
  licence: string;
  version: number;
  estimatedHours: number;
  lessonCount: number;
  exerciseCount: number;
  enrolled: boolean;
  translationOf: CourseRef | null;
  translations: CourseRef[];
  modules: { slug: string; title: string; items: OutlineItem[] }[];
  progress: CourseProgress | null;
}

export const CourseDetailFields = gql`
  fragment CourseDetailFields on CourseDetail {
    id
    slug
    title
    summary
    level
    language
    licence
    version
    estimatedHours
    lessonCount
    exerciseCount
    enrolled
    translationOf {
      slug
      title
      language
    }
    translations {
      slug
      title
      language
    }
    modules {
      slug
      title
      items {
        type
        slug
        title
        minutes
        completed
        exerciseKind
      }
    }
    progress {
      percent
      lessonsCompleted
      lessonsTotal
      exercisesPassed
      exercisesTotal
    }
  }
`;
