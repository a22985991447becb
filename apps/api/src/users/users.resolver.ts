import { Args, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Role } from '@sankofa/domain';
import type { UserEntity } from '@sankofa/db';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { AccountEvents } from '../events/account-events';
import { ChangeUserRoleInput } from './dto/change-user-role.input';
import { UsersArgs } from './dto/users.args';
import { UserConnection, UserModel } from './user.model';
import { UsersService } from './users.service';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(
    private readonly usersService: UsersService,
    private readonly events: AccountEvents,
  ) {}

  @Query(() => UserModel, { description: 'The signed-in user.' })
  me(@CurrentUser() user: UserEntity): UserModel {
    return UserModel.from(user);
  }

  @Roles(Role.ADMIN)
  @Query(() => UserConnection, { description: 'Every account, by e-mail address. Admins only.', complexity: ({ args, childComplexity }) => Math.min(args['first'] ?? 20, 100) * childComplexity })
  async users(@Args() args: UsersArgs): Promise<UserConnection> {
    const page = await this.usersService.list(args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: UserModel.from(e.node) })) };
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserModel, { description: "Changes a user's role. Admins only; the last admin stays admin." })
  async changeUserRole(@Args('input') input: ChangeUserRoleInput): Promise<UserModel> {
    return UserModel.from(await this.usersService.changeRole(input));
  }

  @Subscription(() => UserModel, { description: "Pushes the signed-in user's account when it changes (a new role, say)." })
  myAccountUpdated(@CurrentUser() user: UserEntity) {
    return this.events.subscribe(user.id);
  }
}
