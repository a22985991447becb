import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from './auth.decorators';
import { AuthService } from './auth.service';
import { SignInInput } from './dto/sign-in.input';
import { SignUpInput } from './dto/sign-up.input';
import { AuthPayloadModel } from './models/auth-payload.model';
import type { RequestContext } from './request-context';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Creates a learner account and signs it in.' })
  signUp(@Args('input') input: SignUpInput, @Context() ctx: RequestContext): Promise<AuthPayloadModel> {
    return this.auth.signUp(input, ctx);
  }

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Signs in; sets the refresh cookie. Rate-limited.' })
  signIn(@Args('input') input: SignInInput, @Context() ctx: RequestContext): Promise<AuthPayloadModel> {
    return this.auth.signIn(input, ctx);
  }

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Exchanges the refresh cookie for a new access token.' })
  refreshSession(@Context() ctx: RequestContext): Promise<AuthPayloadModel> {
    return this.auth.refresh(ctx);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session of the refresh cookie.' })
  signOut(@Context() ctx: RequestContext): Promise<boolean> {
    return this.auth.signOut(ctx);
  }
}
