import { gql, type TypedDocumentNode } from '@urql/core';
import { type CourseCardData, CourseCardFields } from '../../catalog/graphql/course-card.fragment';

export interface TrackWithCourses {
  id: string;
  slug: string;
  title: string;
  summary: string;
  language: string;
  courses: CourseCardData[];
}

export interface LearnHomeData {
  tracks: TrackWithCourses[];
}

export const LearnHomeQuery: TypedDocumentNode<LearnHomeData, Record<string, never>> = gql`
  query LearnHome {
    tracks {
      id
      slug
      title
      summary
      language
      courses {
        ...CourseCardFields
      }
    }
  }
  ${CourseCardFields}
`;
