import type { UserEntity } from '@sankofa/db';
import type { Request, Response } from 'express';

/** The GraphQL context of one operation, over HTTP or over WebSocket. */
export interface RequestContext {
  req?: Request;
  res?: Response;
  /** `Authorization` value: the HTTP header, or `connectionParams.authorization` on a socket. */
  authorization?: string;
  /** Client address, for rate limits. */
  ip: string;
  /** Set by the auth guard once the bearer token is verified and the user loaded. */
  user?: UserEntity;
}

interface ContextSource {
  req?: Request;
  res?: Response;
  connectionParams?: Record<string, unknown>;
  extra?: { request?: { socket?: { remoteAddress?: string }; headers?: Record<string, unknown> } };
}

/** Builds the context from `{ req, res }` (HTTP) or the graphql-ws context (WebSocket). */
export function buildRequestContext(source: ContextSource): RequestContext {
  if (source.req) {
    return { req: source.req, res: source.res, authorization: source.req.headers.authorization, ip: source.req.ip ?? 'unknown' };
  }
  const params = source.connectionParams ?? {};
  const authorization = typeof params['authorization'] === 'string' ? (params['authorization'] as string) : undefined;
  return { authorization, ip: source.extra?.request?.socket?.remoteAddress ?? 'unknown' };
}
