import { SUBMISSION_LIMITS } from '@sankofa/domain';
import express from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { rejectTooLarge } from './reject-unreadable-body';

/**
 * A predictions file travels as a string field of `submitExercise` (escaped as JSON it may grow
 * to about twice its size). Only that operation may send a body above the general limit.
 */
export const SUBMISSION_BODY_LIMIT_BYTES = 2 * SUBMISSION_LIMITS.predictionsBytes + 64 * 1024;
const LARGE_OPERATION = 'submitExercise';

type SizedRequest = Request & { bodyBytes?: number };

/** The JSON body parser with the general limit for every operation but `submitExercise`. */
export function jsonBodyWithLimits(generalLimitBytes: number): RequestHandler[] {
  const parser = express.json({
    limit: Math.max(generalLimitBytes, SUBMISSION_BODY_LIMIT_BYTES),
    verify: (req, _res, buf) => {
      (req as SizedRequest).bodyBytes = buf.length;
    },
  });
  const check = (req: SizedRequest, res: Response, next: NextFunction) => {
    if ((req.bodyBytes ?? 0) <= generalLimitBytes || onlySubmitsExercise(req.body)) return next();
    rejectTooLarge(res);
  };
  return [parser, check as RequestHandler];
}

/** A single operation whose only top-level field is `submitExercise`. */
function onlySubmitsExercise(body: unknown): boolean {
  const query = (body as { query?: unknown } | null)?.query;
  if (typeof query !== 'string' || query.length > 10_000) return false;
  try {
    const operations = parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    if (operations.length !== 1 || operations[0].operation !== 'mutation') return false;
    const fields = operations[0].selectionSet.selections;
    return fields.length === 1 && fields[0].kind === Kind.FIELD && fields[0].name.value === LARGE_OPERATION;
  } catch {
    return false;
  }
}
