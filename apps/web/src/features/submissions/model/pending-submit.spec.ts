import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPendingSubmit, newIdempotencyKey, newPendingSubmit, sameContent, savePendingSubmit } from './pending-submit';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const scope = { userId: 'u1', courseSlug: 'python-for-data', exerciseSlug: 'tables-quiz' };

describe('pending submits', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('makes a v4 UUID, also where crypto.randomUUID is missing (plain http, old browsers)', () => {
    expect(newIdempotencyKey()).toMatch(UUID_V4);
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: (bytes: Uint8Array) => real.getRandomValues(bytes) });
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(UUID_V4);
  });

  it('is kept per learner and exercise, and survives only as valid JSON', () => {
    const pending = newPendingSubmit({ code: 'x = 1\n' });
    expect(savePendingSubmit(scope, pending)).toBe(true);
    expect(loadPendingSubmit(scope)).toEqual(pending);
    expect(loadPendingSubmit({ ...scope, userId: 'u2' })).toBeNull();
    localStorage.setItem('sankofa.pendingSubmit.u1.python-for-data/tables-quiz', '{not json');
    expect(loadPendingSubmit(scope)).toBeNull();
  });

  it('says when the browser would not keep it', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    expect(savePendingSubmit(scope, newPendingSubmit({ predictionsCsv: 'id,label\n' }))).toBe(false);
  });

  it('compares what is handed in, not the key', () => {
    expect(sameContent({ answers: [{ questionId: 'q1', value: '2' }] }, { answers: [{ questionId: 'q1', value: '2' }] })).toBe(true);
    expect(sameContent({ code: 'a' }, { code: 'b' })).toBe(false);
  });
});
