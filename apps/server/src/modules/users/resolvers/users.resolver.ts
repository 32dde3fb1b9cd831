import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { actingTenantId } from '../../auth/principal.js';
import { RequiresPermission } from '../../../graphql/directives.js';
import { ForbiddenError } from '../../../kernel/errors.js';
import { UserFilterInput, UserOrderInput } from '../dto/user-filter.input.js';
import { getUserActivity } from '../queries/get-user-activity.js';
import { getUser } from '../queries/get-user.js';
import { UserActivityType } from '../types/user-activity.type.js';
import { UserConnectionType, UserType } from '../types/user.type.js';

export function tenantOf(context: Context): string {
  const tenantId = actingTenantId(context.principal);
  if (!tenantId) throw new ForbiddenError('Enter a tenant first');
  return tenantId;
}

/** Deleted users are visible only to a super admin inside the tenant. */
export const seesDeleted = (context: Context) => context.principal?.kind === 'super_admin' && !!context.principal.activeTenantId;

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
  ): Promise<UserConnectionType> {
    return context.services.userList.list(tenantOf(context), { filter, orderBy, first, after, seesDeleted: seesDeleted(context) });
  }

  @RequiresPermission('users.read')
  @Query(() => UserType)
  user(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<UserType> {
    return getUser(context.services.deps.dataSource, tenantOf(context), id, seesDeleted(context));
  }

  @RequiresPermission('users.activity.read')
  @Query(() => UserActivityType, { description: 'Recent Activity of one user.' })
  userActivity(@Arg('userId', () => ID) userId: string, @Ctx() context: Context): Promise<UserActivityType> {
    return getUserActivity(context.services.deps.dataSource, tenantOf(context), userId, seesDeleted(context));
  }
}
