import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@sankofa/domain';
import type { UserEntity } from '@sankofa/db';
import { ConnectionType } from '../graphql/pagination';

registerEnumType(Role, { name: 'Role', description: 'What a user may do: learn, teach, or administer.' });

/** A user as the API shows it. The password hash and other columns never reach the schema. */
@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field({ description: 'BCP 47 tag of the interface language.' })
  locale!: string;

  @Field()
  createdAt!: Date;

  static from(user: UserEntity): UserModel {
    return Object.assign(new UserModel(), {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      locale: user.locale,
      createdAt: user.createdAt,
    });
  }
}

@ObjectType()
export class UserConnection extends ConnectionType(UserModel, 'User') {}
