import { gql } from '@urql/core';
import { type AuthoredCourse, AuthoredCourseFields } from './authored-course.fragment';

export interface CourseFile {
  path: string;
  content: string;
  /** "utf8" or "base64" (binary files, kept as they are). */
  encoding: string;
  size: number;
}

export interface CourseIssue {
  file: string;
  line: number | null;
  field: string;
  message: string;
}

export interface CourseDraft {
  course: AuthoredCourse;
  files: CourseFile[];
  issues: CourseIssue[];
  publishable: boolean;
}

export const CourseDraftFields = gql`
  fragment CourseDraftFields on CourseDraft {
    course {
      ...AuthoredCourseFields
    }
    files {
      path
      content
      encoding
      size
    }
    issues {
      file
      line
      field
      message
    }
    publishable
  }
  ${AuthoredCourseFields}
`;
