import { ErrorCode, InputErrorReason } from '@sankofa/domain';
import type { CombinedError } from '@urql/core';

/** What went wrong with a GraphQL operation, in the terms the UI translates. */
export type Problem =
  | { kind: 'network' }
  | {
      kind: 'graphql';
      code: ErrorCode | 'UNKNOWN';
      field?: string;
      reason?: InputErrorReason;
      retryAfterSeconds?: number;
    };

const CODES = new Set<string>(Object.values(ErrorCode));
const REASONS = new Set<string>(Object.values(InputErrorReason));

/** Reads the first error's stable `extensions` (code, field, reason, retryAfterSeconds). */
export function toProblem(error: CombinedError): Problem {
  const [first] = error.graphQLErrors;
  if (!first) return { kind: 'network' };
  const extensions = (first.extensions ?? {}) as Record<string, unknown>;
  const problem: Problem = {
    kind: 'graphql',
    code: typeof extensions['code'] === 'string' && CODES.has(extensions['code']) ? (extensions['code'] as ErrorCode) : 'UNKNOWN',
  };
  if (typeof extensions['field'] === 'string') problem.field = extensions['field'];
  if (typeof extensions['reason'] === 'string' && REASONS.has(extensions['reason'])) problem.reason = extensions['reason'] as InputErrorReason;
  const retryAfter = Number(extensions['retryAfterSeconds']);
  if (Number.isFinite(retryAfter) && retryAfter > 0) problem.retryAfterSeconds = Math.ceil(retryAfter);
  return problem;
}

export function hasErrorCode(error: CombinedError | undefined, code: ErrorCode): boolean {
  return !!error?.graphQLErrors.some((e) => (e.extensions as Record<string, unknown> | undefined)?.['code'] === code);
}
