import { Inject, Injectable } from '@nestjs/common';
import { SETTINGS, Settings } from '@sankofa/config';
import type { UserEntity } from '@sankofa/db';
import { InputErrorReason, normalizeEmail } from '@sankofa/domain';
import { UnauthenticatedError } from '../common/app-error';
import { UserModel } from '../users/user.model';
import { UsersService } from '../users/users.service';
import { AccessTokenService } from './access-token.service';
import { AuthRateLimits } from './auth-rate-limits.service';
import { SignInInput } from './dto/sign-in.input';
import { SignUpInput } from './dto/sign-up.input';
import { AuthPayloadModel } from './models/auth-payload.model';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie';
import type { RequestContext } from './request-context';
import { SessionsService } from './sessions.service';

/** Sign-up, sign-in, session refresh and sign-out. */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly accessTokens: AccessTokenService,
    private readonly limits: AuthRateLimits,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  /** Anyone may sign up; every new account is a learner. */
  async signUp(input: SignUpInput, ctx: RequestContext): Promise<AuthPayloadModel> {
    await this.limits.consumeSignUp(ctx.ip);
    const user = await this.users.create({ email: input.email, password: input.password, displayName: input.displayName, locale: input.locale });
    return this.startSession(user, ctx);
  }

  async signIn(input: SignInInput, ctx: RequestContext): Promise<AuthPayloadModel> {
    const email = normalizeEmail(input.email);
    await this.limits.assertSignInAllowed(email, ctx.ip);
    const user = await this.users.authenticate(email, input.password);
    if (!user) {
      await this.limits.recordSignInFailure(email, ctx.ip);
      throw new UnauthenticatedError('This e-mail address and password do not match an account.', InputErrorReason.INVALID_CREDENTIALS);
    }
    await this.limits.recordSignInSuccess(email, ctx.ip);
    return this.startSession(user, ctx);
  }

  /** Exchanges the refresh cookie for a new access token (and a new cookie). */
  async refresh(ctx: RequestContext): Promise<AuthPayloadModel> {
    const token = readRefreshCookie(ctx.req);
    const rotated = token ? await this.sessions.rotate(token) : null;
    const user = rotated ? await this.users.findById(rotated.userId) : null;
    if (!rotated || !user) {
      clearRefreshCookie(ctx.res, this.settings.production);
      throw new UnauthenticatedError('Your session has ended. Please sign in again.');
    }
    setRefreshCookie(ctx.res, rotated.next.token, rotated.next.expiresAt, this.settings.production);
    return this.payload(user);
  }

  async signOut(ctx: RequestContext): Promise<boolean> {
    const token = readRefreshCookie(ctx.req);
    if (token) await this.sessions.end(token);
    clearRefreshCookie(ctx.res, this.settings.production);
    return true;
  }

  private async startSession(user: UserEntity, ctx: RequestContext): Promise<AuthPayloadModel> {
    const refresh = await this.sessions.start(user.id);
    setRefreshCookie(ctx.res, refresh.token, refresh.expiresAt, this.settings.production);
    return this.payload(user);
  }

  private async payload(user: UserEntity): Promise<AuthPayloadModel> {
    return Object.assign(new AuthPayloadModel(), { ...(await this.accessTokens.issue(user.id)), user: UserModel.from(user) });
  }
}
