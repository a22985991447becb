import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '@sankofa/domain';
import { ForbiddenError, UnauthenticatedError } from '../common/app-error';
import { IS_PUBLIC, REQUIRED_ROLES } from './auth.decorators';
import { AccessTokenService } from './access-token.service';
import type { RequestContext } from './request-context';
import { UsersService } from '../users/users.service';

/**
 * Registered globally: every GraphQL operation requires a signed-in user unless marked
 * @Public(), and @Roles() narrows it further. The user is reloaded on every operation, so a
 * role change or a deleted account takes effect at once, not when the token expires.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
    private readonly users: UsersService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true; // plain HTTP routes (health) are public
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const ctx = GqlExecutionContext.create(context).getContext<RequestContext>();
    const userId = await this.tokens.verify(ctx.authorization);
    const user = userId ? await this.users.findById(userId) : null;
    if (!user) throw new UnauthenticatedError();
    ctx.user = user;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles?.length && !roles.includes(user.role)) throw new ForbiddenError();
    return true;
  }
}
