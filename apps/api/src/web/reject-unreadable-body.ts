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
  res.status(tooLarge ? 413 : 400).json({
    errors: [
      {
        message: tooLarge ? 'The request is too large.' : 'The request body is not valid JSON.',
        extensions: { code: ErrorCode.BAD_USER_INPUT, reason: tooLarge ? InputErrorReason.REQUEST_TOO_LARGE : InputErrorReason.MALFORMED_REQUEST },
      },
    ],
  });
}
