import { describe, expect, it } from 'vitest';
import { reasonProblem } from './reason';

describe('reasonProblem', () => {
  it.each([
    ['', 'reasonRequired'],
    ['  ok  ', 'reasonRequired'],
    ['Typo in case 3', null],
    ['x'.repeat(280), null],
    ['x'.repeat(281), 'reasonTooLong'],
  ])('%j → %s', (reason, expected) => {
    expect(reasonProblem(reason)).toBe(expected);
  });
});
