import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { requireTenant, seesDeleted } from '../../auth/principal.js';
import { RequiresPermission } from '../../../graphql/directives.js';
import { selectedFieldsAt } from '../../../kernel/selected-fields.js';
import { UserFilterInput, UserOrderInput } from '../dto/user-filter.input.js';
import { getUserActivity } from '../queries/get-user-activity.js';
import { getUser } from '../queries/get-user.js';
import { UserActivityType } from '../types/user-activity.type.js';
import { UserConnectionType, UserType } from '../types/user.type.js';

@Resolver()
export class UsersResolver {
  @RequiresPermission('users.read')
  @Query(() => UserConnectionType, { description: "The tenant's users: filters of the Users list, any sort order, cursor pages." })
  users(
    @Arg('filter', () => UserFilterInput, { nullable: true }) filter: UserFilterInput | null,
    @Arg('orderBy', () => UserOrderInput, { nullable: true }) orderBy: UserOrderInput | null,
    @Arg('first', () => Int, { defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<UserConnectionType> {
    return context.services.userList.list(requireTenant(context.principal), {
      filter,
      orderBy,
      first,
      after,
      seesDeleted: seesDeleted(context.principal),
      fields: selectedFieldsAt(info, ['edges', 'node']),
    });
  }

  @RequiresPermission('users.read')
  @Query(() => UserType)
  user(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<UserType> {
    return getUser(context.dataSource, requireTenant(context.principal), id, seesDeleted(context.principal));
  }

  @RequiresPermission('users.activity.read')
  @Query(() => UserActivityType, { description: 'Recent Activity of one user.' })
  userActivity(@Arg('userId', () => ID) userId: string, @Ctx() context: Context): Promise<UserActivityType> {
    return getUserActivity(context.dataSource, requireTenant(context.principal), userId, seesDeleted(context.principal));
  }
}
