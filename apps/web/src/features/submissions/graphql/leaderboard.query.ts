import { gql, type TypedDocumentNode } from '@urql/core';

export interface LeaderboardEntry {
  rank: number;
  displayName: string;
  publicScore: number;
  /** Null until the exercise's deadline has passed. */
  privateScore: number | null;
  isMe: boolean;
  submittedAt: string;
}

export interface Leaderboard {
  metric: string;
  higherIsBetter: boolean;
  deadline: string | null;
  privateRevealed: boolean;
  entries: LeaderboardEntry[];
  /** The signed-in learner's own choice. */
  showMyName: boolean;
}

export interface LeaderboardData {
  leaderboard: Leaderboard;
}

export const LeaderboardQuery: TypedDocumentNode<LeaderboardData, { courseSlug: string; exerciseSlug: string }> = gql`
  query Leaderboard($courseSlug: String!, $exerciseSlug: String!) {
    leaderboard(courseSlug: $courseSlug, exerciseSlug: $exerciseSlug) {
      metric
      higherIsBetter
      deadline
      privateRevealed
      showMyName
      entries {
        rank
        displayName
        publicScore
        privateScore
        isMe
        submittedAt
      }
    }
  }
`;
