import { gql, type TypedDocumentNode } from '@urql/core';
import { type LessonModelCard, LessonModelCardFields } from '../../open-models/graphql/lesson-model-card.fragment';

export interface ItemRef {
  type: string;
  slug: string;
  title: string;
}

export interface LessonData {
  lesson: {
    id: string;
    slug: string;
    courseSlug: string;
    title: string;
    minutes: number;
    objectives: string[];
    html: string;
    glossary: { term: string; definition: string }[];
    check: { question: string; answer: string };
    summary: string[];
    /** The catalog models the lesson names, in its order. */
    models: LessonModelCard[];
    completed: boolean;
    previous: ItemRef | null;
    next: ItemRef | null;
  };
  course: { id: string; slug: string; title: string; language: string; enrolled: boolean };
}

export const LessonQuery: TypedDocumentNode<LessonData, { courseSlug: string; slug: string }> = gql`
  query Lesson($courseSlug: String!, $slug: String!) {
    lesson(courseSlug: $courseSlug, slug: $slug) {
      id
      slug
      courseSlug
      title
      minutes
      objectives
      html
      glossary {
        term
        definition
      }
      check {
        question
        answer
      }
      summary
      models {
        ...LessonModelCardFields
      }
      completed
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
  ${LessonModelCardFields}
`;
