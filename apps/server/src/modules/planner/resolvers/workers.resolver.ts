import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireTenant } from '../../auth/principal.js';
import type { Context } from '../../../graphql/context.js';
import { RequiresPermission } from '../../../graphql/directives.js';
import { actorOf } from '../../audit/actor.js';
import { AddExternalPlannerUserInput, PlannerUserFilterInput } from '../dto/worker.inputs.js';
import { getPlannerUser, listPlannerUsers } from '../queries/workers.js';
import { PlannerUserConnectionType, PlannerUserType } from '../types/worker.type.js';
import { activateAndInvite } from '../use-cases/activate-and-invite.js';
import { addExternalPlannerUser } from '../use-cases/add-external-planner-user.js';

@Resolver()
export class WorkersResolver {
  @RequiresPermission('planner.users.read')
  @Query(() => PlannerUserConnectionType, { description: 'Planner Users: internal users with External Planner Access and external workers.' })
  plannerUsers(
    @Arg('filter', () => PlannerUserFilterInput, { nullable: true }) filter: PlannerUserFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() context: Context,
  ): Promise<PlannerUserConnectionType> {
    return listPlannerUsers(context.dataSource, requireTenant(context.principal), { filter, first, after });
  }

  @RequiresPermission('planner.users.manage')
  @Mutation(() => PlannerUserType, { description: 'Creates an external worker in the holding state (no email, cannot sign in).' })
  async addExternalPlannerUser(
    @Arg('input', () => AddExternalPlannerUserInput) input: AddExternalPlannerUserInput,
    @Ctx() context: Context,
  ): Promise<PlannerUserType> {
    const id = await addExternalPlannerUser(context.services.deps, actorOf(context.principal, context.origin), input);
    return getPlannerUser(context.dataSource, requireTenant(context.principal), id);
  }

  @RequiresPermission('planner.users.manage')
  @Mutation(() => PlannerUserType, { description: 'Emails a temporary password; the first sign-in forces a new one.' })
  async activateAndInvite(@Arg('userId', () => ID) userId: string, @Ctx() context: Context): Promise<PlannerUserType> {
    const id = await activateAndInvite(context.services.deps, actorOf(context.principal, context.origin), userId);
    return getPlannerUser(context.dataSource, requireTenant(context.principal), id);
  }
}
