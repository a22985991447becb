import { ExerciseKind } from '@sankofa/domain';
import { describe, expect, it } from 'vitest';
import { parseOverrideScore } from './override-score';

describe('parseOverrideScore', () => {
  it.each([
    ['80', ExerciseKind.QUIZ, 0.8],
    ['0', ExerciseKind.PYTHON, 0],
    ['100', ExerciseKind.PYTHON, 1],
    ['62,5', ExerciseKind.PYTHON, 0.625],
    ['101', ExerciseKind.QUIZ, null],
    ['-1', ExerciseKind.QUIZ, null],
    ['', ExerciseKind.QUIZ, null],
    ['abc', ExerciseKind.PREDICTION, null],
    ['12.75', ExerciseKind.PREDICTION, 12.75],
    ['-3', ExerciseKind.PREDICTION, -3],
  ])('%j (%s) → %s', (text, kind, expected) => {
    expect(parseOverrideScore(text, kind)).toBe(expected);
  });
});
