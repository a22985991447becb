import { ErrorCode } from '@sankofa/domain';
import type { TFunction } from 'i18next';
import type { Problem } from '../../../shared/graphql/problem';
import { problemMessage } from '../../../shared/graphql/problem-message';

const EXPLAINED_CODES = [ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND, ErrorCode.CONFLICT] as const;
type ExplainedCode = (typeof EXPLAINED_CODES)[number];
const isExplainedCode = (code: ErrorCode | 'UNKNOWN'): code is ExplainedCode => EXPLAINED_CODES.some((c) => c === code);

/**
 * Why the API refused a staff action or view, in words that say what to do: not staff of this
 * course, gone, or being graded right now; other problems as everywhere else.
 */
export function staffProblemMessage(t: TFunction, problem: Problem): string {
  if (problem.kind === 'graphql' && isExplainedCode(problem.code)) return t(`grading.errors.${problem.code}`);
  return problemMessage(t, problem);
}

/** The form field a BAD_USER_INPUT answer names, when it is one the grading forms show. */
export function invalidField(problem: Problem): 'reason' | 'score' | null {
  if (problem.kind !== 'graphql' || problem.code !== ErrorCode.BAD_USER_INPUT) return null;
  return problem.field === 'reason' || problem.field === 'score' ? problem.field : null;
}
