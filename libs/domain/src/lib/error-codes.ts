/**
 * Stable error codes carried in GraphQL `extensions.code`. Clients (the web app's message
 * catalogs included) translate by code, so a code is never renamed once shipped.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  /** Python submissions are refused before they are stored: no sandbox can start on this deployment. */
  SANDBOX_UNAVAILABLE = 'SANDBOX_UNAVAILABLE',
  INTERNAL = 'INTERNAL',
}

/** Reasons attached to BAD_USER_INPUT / CONFLICT so a form can show a precise message. */
export enum InputErrorReason {
  REQUIRED = 'REQUIRED',
  INVALID_EMAIL = 'INVALID_EMAIL',
  PASSWORD_TOO_SHORT = 'PASSWORD_TOO_SHORT',
  PASSWORD_TOO_LONG = 'PASSWORD_TOO_LONG',
  TOO_LONG = 'TOO_LONG',
  INVALID_VALUE = 'INVALID_VALUE',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  LAST_ADMIN = 'LAST_ADMIN',
  /** A course's content breaks the format's rules; `extensions.issues` lists them. */
  INVALID_COURSE = 'INVALID_COURSE',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  REQUEST_TOO_LARGE = 'REQUEST_TOO_LARGE',
  MALFORMED_REQUEST = 'MALFORMED_REQUEST',
  /** A submission (code, answers or predictions file) is over its size limit. */
  SUBMISSION_TOO_LARGE = 'SUBMISSION_TOO_LARGE',
  /** A submission does not fit its exercise (wrong kind of answer, unknown question). */
  INVALID_SUBMISSION = 'INVALID_SUBMISSION',
  /** Submitting needs an enrollment in the course. */
  NOT_ENROLLED = 'NOT_ENROLLED',
  /** The exercise's attempt limit is reached. */
  ATTEMPTS_EXHAUSTED = 'ATTEMPTS_EXHAUSTED',
}
