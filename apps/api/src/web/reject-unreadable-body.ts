import { ErrorCode, InputErrorReason } from '@sankofa/domain';
import type { NextFunction, Request, Response } from 'express';

/**
 * Answers body-parser failures (too large, malformed JSON) in GraphQL's error shape instead of
 * Express's default page, which would print a stack trace outside production.
 */
export function rejectUnreadableBody(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (!err) return next();
  const status = (err as { status?: number }).status;
  const type = (err as { type?: string }).type;
  const tooLarge = status === 413 || type === 'entity.too.large';
  if (tooLarge) return rejectTooLarge(res);
  res.status(400).json({
    errors: [{ message: 'The request body is not valid JSON.', extensions: { code: ErrorCode.BAD_USER_INPUT, reason: InputErrorReason.MALFORMED_REQUEST } }],
  });
}

export function rejectTooLarge(res: Response): void {
  res.status(413).json({
    errors: [{ message: 'The request is too large.', extensions: { code: ErrorCode.BAD_USER_INPUT, reason: InputErrorReason.REQUEST_TOO_LARGE } }],
  });
}
