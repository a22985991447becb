import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '@sankofa/domain';
import type { RequestContext } from './request-context';

export const IS_PUBLIC = 'sankofa:isPublic';
export const REQUIRED_ROLES = 'sankofa:requiredRoles';

/** Marks an operation open to anyone. Every other operation requires a signed-in user. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Restricts an operation to the given roles (on top of being signed in). */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/** The signed-in user of the request, as loaded by the auth guard. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  return GqlExecutionContext.create(context).getContext<RequestContext>().user;
});
