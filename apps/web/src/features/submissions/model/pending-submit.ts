import { readStored, writeStored } from '../../../shared/storage';
import type { SubmissionContent } from '../graphql/submit-exercise.mutation';
import { type ExerciseScope, exerciseStorageKey } from './exercise-scope';

/**
 * A submission the learner made that the API has not confirmed yet. Its idempotency key is made
 * once and travels with it: however many times it is sent (a retry after a dropped connection,
 * the queue emptied when the phone is back online), the API stores it once.
 */
export interface PendingSubmit {
  idempotencyKey: string;
  content: SubmissionContent;
}

const storageKey = (scope: ExerciseScope) => exerciseStorageKey('pendingSubmit', scope);

export function newPendingSubmit(content: SubmissionContent): PendingSubmit {
  return { idempotencyKey: newIdempotencyKey(), content };
}

/** Whether two submissions hand in the same thing (so a second press can reuse the first key). */
export function sameContent(a: SubmissionContent, b: SubmissionContent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function loadPendingSubmit(scope: ExerciseScope): PendingSubmit | null {
  const stored = readStored(storageKey(scope));
  if (!stored) return null;
  try {
    const value = JSON.parse(stored) as Partial<PendingSubmit>;
    return typeof value.idempotencyKey === 'string' && typeof value.content === 'object' && value.content !== null ? (value as PendingSubmit) : null;
  } catch {
    return null;
  }
}

/**
 * Keeps the submission on this device until the API confirms it. Returns false when the browser
 * would not store it (storage off, or a predictions file larger than the quota): it then lives
 * only as long as the page.
 */
export function savePendingSubmit(scope: ExerciseScope, pending: PendingSubmit): boolean {
  const value = JSON.stringify(pending);
  writeStored(storageKey(scope), value);
  return readStored(storageKey(scope)) === value;
}

export function clearPendingSubmit(scope: ExerciseScope): void {
  writeStored(storageKey(scope), null);
}

/**
 * A random v4 UUID. `crypto.randomUUID` exists only on secure origins of recent browsers; a
 * classroom server reached over plain http, or Chrome before 92, still has `getRandomValues`.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
