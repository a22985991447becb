import { Field, Int, ObjectType } from '@nestjs/graphql';
import { InputErrorReason } from '@sankofa/domain';
import { Type } from '@nestjs/common';
import { BadInputError } from '../common/app-error';

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay-style connection type for `T` (edges, pageInfo, totalCount). */
export function ConnectionType<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionClass implements Connection<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionClass;
}

export const MAX_PAGE_SIZE = 100;

/** Keyset cursors: opaque to clients; inside, the sort key of the last item returned. */
export function encodeCursor(key: string): string {
  return Buffer.from(JSON.stringify({ k: key })).toString('base64url');
}

export function decodeCursor(value: string, field = 'after'): string {
  try {
    const { k } = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as { k: unknown };
    if (typeof k !== 'string') throw new Error('bad cursor');
    return k;
  } catch {
    throw new BadInputError(field, InputErrorReason.INVALID_VALUE, 'This cursor is not valid; start again from the first page.');
  }
}

export function checkPageSize(first: number, field = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadInputError(field, InputErrorReason.INVALID_VALUE, `Ask for between 1 and ${MAX_PAGE_SIZE} items.`);
  }
  return first;
}
