import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../../users/user.model';

/** A signed-in session: the access token (kept in memory by the client) and its user. */
@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Short-lived JWT; send it as `Authorization: Bearer …`.' })
  accessToken!: string;

  @Field()
  accessTokenExpiresAt!: Date;

  @Field(() => UserModel)
  user!: UserModel;
}
