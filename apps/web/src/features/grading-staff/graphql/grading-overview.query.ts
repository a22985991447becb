import type { SubmissionStatus } from '@sankofa/domain';
import { gql, type TypedDocumentNode } from '@urql/core';

export interface GradingQueueStatus {
  waiting: number;
  active: number;
  /** Retries waiting for their backoff to pass. */
  delayed: number;
  failed: number;
  /** Grader processes with a live heartbeat. */
  workers: number;
}

export interface GradingFailure {
  submissionId: string;
  courseSlug: string;
  exerciseSlug: string;
  runNumber: number;
  status: SubmissionStatus;
  message: string;
  at: string;
}

export interface GradingOverviewData {
  gradingQueue: GradingQueueStatus;
  recentGradingFailures: GradingFailure[];
}

export const GradingOverviewQuery: TypedDocumentNode<GradingOverviewData, { failures: number }> = gql`
  query GradingOverview($failures: Int) {
    gradingQueue {
      waiting
      active
      delayed
      failed
      workers
    }
    recentGradingFailures(first: $failures) {
      submissionId
      courseSlug
      exerciseSlug
      runNumber
      status
      message
      at
    }
  }
`;
