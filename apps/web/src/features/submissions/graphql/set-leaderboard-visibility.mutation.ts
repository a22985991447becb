import { gql, type TypedDocumentNode } from '@urql/core';

export interface SetLeaderboardVisibilityData {
  /** The setting now stored. */
  setLeaderboardVisibility: boolean;
}

export const SetLeaderboardVisibilityMutation: TypedDocumentNode<SetLeaderboardVisibilityData, { visible: boolean }> = gql`
  mutation SetLeaderboardVisibility($visible: Boolean!) {
    setLeaderboardVisibility(visible: $visible)
  }
`;
