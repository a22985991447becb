import { ErrorCode, InputErrorReason } from '@sankofa/domain';

/**
 * Errors the API raises on purpose. Each carries a stable code (and details a client can act
 * on); `formatGraphQLError` maps them once to `extensions`. Anything else becomes INTERNAL.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class BadInputError extends AppError {
  constructor(field: string, reason: InputErrorReason, message: string) {
    super(ErrorCode.BAD_USER_INPUT, message, { field, reason });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'You need to sign in.', reason?: InputErrorReason) {
    super(ErrorCode.UNAUTHENTICATED, message, reason ? { reason } : {});
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do this.') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super(ErrorCode.NOT_FOUND, `${what} was not found.`);
  }
}

export class RateLimitedError extends AppError {
  constructor(retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, `Too many attempts. Try again in ${retryAfterSeconds} s.`, { retryAfterSeconds });
  }
}
