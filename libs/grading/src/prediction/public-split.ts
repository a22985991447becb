import { createHash } from 'node:crypto';

/**
 * Whether a test row belongs to the public leaderboard: the first 8 hex digits of
 * `sha256(exerciseKey + ':' + rowId)`, read as a uint32 and divided by 2^32, fall below
 * publicFraction. Fixed per exercise and row, independent of row order and of any submission.
 */
export function isPublicRow(exerciseKey: string, rowId: string, publicFraction: number): boolean {
  const digest = createHash('sha256').update(`${exerciseKey}:${rowId}`, 'utf8').digest('hex');
  return parseInt(digest.slice(0, 8), 16) / 2 ** 32 < publicFraction;
}
