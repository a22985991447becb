import type { SubmissionStatus } from '@sankofa/domain';
import { gql } from '@urql/core';
import { type Submission, SubmissionFields, type SubmissionSummary, SubmissionSummaryFields } from '../../submissions/graphql/submission.fragment';

/** A row of an exercise's submissions as course staff see it: whose it is, and where it stands. */
export interface StaffSubmissionSummary extends SubmissionSummary {
  learnerName: string;
}

/** One grading of a submission: the first, or a regrade with the reason staff gave. */
export interface GradingRunRecord {
  runNumber: number;
  reason: string;
  status: SubmissionStatus;
  createdAt: string;
  finishedAt: string | null;
}

/** A submission opened by staff: the learner's result view plus who changed it, why and when. */
export interface StaffSubmission extends Omit<Submission, 'override'> {
  learnerName: string;
  courseSlug: string;
  exerciseSlug: string;
  override: { score: number; reason: string; byName: string; createdAt: string } | null;
  runs: GradingRunRecord[];
}

export const StaffSubmissionSummaryFields = gql`
  fragment StaffSubmissionSummaryFields on Submission {
    ...SubmissionSummaryFields
    learnerName
  }
  ${SubmissionSummaryFields}
`;

export const StaffSubmissionFields = gql`
  fragment StaffSubmissionFields on Submission {
    ...SubmissionFields
    learnerName
    courseSlug
    exerciseSlug
    override {
      createdAt
    }
    runs {
      runNumber
      reason
      status
      createdAt
      finishedAt
    }
  }
  ${SubmissionFields}
`;
