import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Role } from '@sankofa/domain';

@ArgsType()
export class UsersArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1–100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor from pageInfo.endCursor.' })
  after?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of a name or e-mail address.' })
  search?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;
}
