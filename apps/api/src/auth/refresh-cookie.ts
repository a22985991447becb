import type { Request, Response } from 'express';

export const REFRESH_COOKIE = 'sankofa_refresh';
/** Sent only with GraphQL requests, never readable by scripts, never sent cross-site. */
const COOKIE_PATH = '/graphql';

export function readRefreshCookie(req: Request | undefined): string | undefined {
  const value = (req?.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
  return typeof value === 'string' && value ? value : undefined;
}

export function setRefreshCookie(res: Response | undefined, token: string, expiresAt: Date, secure: boolean): void {
  res?.cookie(REFRESH_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: COOKIE_PATH, expires: expiresAt });
}

export function clearRefreshCookie(res: Response | undefined, secure: boolean): void {
  res?.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: COOKIE_PATH });
}
