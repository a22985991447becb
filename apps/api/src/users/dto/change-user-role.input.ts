import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@sankofa/domain';

@InputType()
export class ChangeUserRoleInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => Role)
  role!: Role;
}
