import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { RequiresPermission } from '../../../graphql/directives.js';
import { actorOf } from '../../audit/actor.js';
import { requireTenant } from '../../auth/principal.js';
import { HolidayDelegationType } from '../approval.types.js';
import { CreateHolidayDelegationInput, HolidayDelegationFilterInput } from '../dto/approval.inputs.js';
import { listHolidayDelegations } from '../queries/holiday-delegations.js';
import { createHolidayDelegation } from '../use-cases/create-holiday-delegation.js';
import { removeHolidayDelegation } from '../use-cases/remove-holiday-delegation.js';

@Resolver()
export class HolidayDelegationsResolver {
  @RequiresPermission('users.read')
  @Query(() => [HolidayDelegationType], { description: "The tenant's holiday delegations, soonest first." })
  holidayDelegations(
    @Arg('filter', () => HolidayDelegationFilterInput, { nullable: true }) filter: HolidayDelegationFilterInput | null,
    @Ctx() context: Context,
  ): Promise<HolidayDelegationType[]> {
    return listHolidayDelegations(context.dataSource, requireTenant(context.principal), filter ?? {});
  }

  @RequiresPermission('users.update')
  @Mutation(() => HolidayDelegationType, { description: 'Both people must be active users you may act on; one delegation per delegator per day.' })
  createHolidayDelegation(
    @Arg('input', () => CreateHolidayDelegationInput) input: CreateHolidayDelegationInput,
    @Ctx() context: Context,
  ): Promise<HolidayDelegationType> {
    return createHolidayDelegation(context.services.deps, actorOf(context.principal, context.origin), input);
  }

  @RequiresPermission('users.update')
  @Mutation(() => ID)
  removeHolidayDelegation(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<string> {
    return removeHolidayDelegation(context.services.deps, actorOf(context.principal, context.origin), id);
  }
}
