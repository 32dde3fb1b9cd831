import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { RequiresPermission } from '../../../graphql/directives.js';
import { actorOf } from '../../audit/actor.js';
import { tenantOf } from '../../users/users.resolver.js';
import { AddExternalPlannerUserInput, PlannerUserFilterInput } from '../dto/planner-user.inputs.js';
import { PlannerUserConnectionType, PlannerUserType } from '../types/planner-user.type.js';

@Resolver()
export class PlannerUsersResolver {
  @RequiresPermission('planner.users.read')
  @Query(() => PlannerUserConnectionType, { description: 'Planner Users: internal users with External Planner Access and external workers.' })
  plannerUsers(
    @Arg('filter', () => PlannerUserFilterInput, { nullable: true }) filter: PlannerUserFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() context: Context,
  ): Promise<PlannerUserConnectionType> {
    return context.services.planner.query.plannerUsers(tenantOf(context), { filter, first, after });
  }

  @RequiresPermission('planner.users.manage')
  @Mutation(() => PlannerUserType, { description: 'Creates an external worker in the holding state (no email, cannot sign in).' })
  async addExternalPlannerUser(
    @Arg('input', () => AddExternalPlannerUserInput) input: AddExternalPlannerUserInput,
    @Ctx() context: Context,
  ): Promise<PlannerUserType> {
    const id = await context.services.planner.admin.addExternalPlannerUser(actorOf(context.principal, context.origin), input);
    return context.services.planner.query.plannerUser(tenantOf(context), id);
  }

  @RequiresPermission('planner.users.manage')
  @Mutation(() => PlannerUserType, { description: 'Emails a temporary password; the first sign-in forces a new one.' })
  async activateAndInvite(@Arg('userId', () => ID) userId: string, @Ctx() context: Context): Promise<PlannerUserType> {
    const id = await context.services.planner.admin.activateAndInvite(actorOf(context.principal, context.origin), userId);
    return context.services.planner.query.plannerUser(tenantOf(context), id);
  }
}
