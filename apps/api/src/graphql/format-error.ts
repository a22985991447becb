import { Logger } from '@nestjs/common';
import { ErrorCode } from '@sankofa/domain';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppError } from '../common/app-error';

const logger = new Logger('GraphQL');

// Apollo's own codes for requests that are malformed (not our fault, not the user's data).
const MALFORMED_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The one mapping from errors to what a client sees: a stable `extensions.code` and a message
 * meant for people. No stack trace, SQL or internal message ever leaves the server; unexpected
 * errors are logged here with their detail and reach the client as INTERNAL.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrap(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof AppError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  const apolloCode = formatted.extensions?.['code'];
  if (typeof apolloCode === 'string' && MALFORMED_REQUEST_CODES.has(apolloCode) && !hasForeignOrigin(error)) {
    // Also covers Apollo Server's own variable-coercion and persisted-query errors (PERSISTED_QUERY_NOT_FOUND
    // keeps its code so clients can resend the full query).
    const code = apolloCode.startsWith('PERSISTED_QUERY') ? apolloCode : ErrorCode.BAD_USER_INPUT;
    return { ...base, extensions: { ...pickSafeExtensions(formatted.extensions), code } };
  }
  if (Object.values(ErrorCode).includes(apolloCode as ErrorCode) && !hasForeignOrigin(error)) {
    // Errors raised as GraphQLError with one of our codes (complexity and depth limits).
    return { ...base, extensions: { code: apolloCode, ...pickSafeExtensions(formatted.extensions) } };
  }
  logger.error(`Unexpected error${formatted.path ? ` at ${formatted.path.join('.')}` : ''}: ${describe(original)}`);
  return { message: 'Something went wrong on our side. It has been logged; please try again.', path: formatted.path, extensions: { code: ErrorCode.INTERNAL } };
}

function unwrap(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

/** A GraphQLError wrapping a non-GraphQL error (a thrown TypeError, a driver error) is internal. */
function hasForeignOrigin(error: unknown): boolean {
  const original = unwrap(error);
  return original !== error && !(original instanceof GraphQLError) && !(original instanceof AppError);
}

function pickSafeExtensions(extensions: Record<string, unknown> | undefined): Record<string, unknown> {
  const { code: _code, stacktrace: _stack, exception: _exception, ...rest } = extensions ?? {};
  return rest;
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
