import { gql } from '@urql/core';

export type CourseLevel = 'BEGINNER' | 'INTERMEDIATE' | 'ADVANCED';

export const COURSE_LEVELS: readonly CourseLevel[] = ['BEGINNER', 'INTERMEDIATE', 'ADVANCED'];

export function isCourseLevel(value: string | null | undefined): value is CourseLevel {
  return COURSE_LEVELS.includes(value as CourseLevel);
}

/** What a course card shows. */
export interface CourseCardData {
  id: string;
  slug: string;
  title: string;
  summary: string;
  level: CourseLevel;
  language: string;
  estimatedHours: number;
  lessonCount: number;
  exerciseCount: number;
  enrolled: boolean;
}

export const CourseCardFields = gql`
  fragment CourseCardFields on Course {
    id
    slug
    title
    summary
    level
    language
    estimatedHours
    lessonCount
    exerciseCount
    enrolled
  }
`;
