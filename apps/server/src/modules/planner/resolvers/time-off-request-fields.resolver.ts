import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { workerOf } from '../loaders.js';
import { TimeOffRequestType } from '../types/time-off-request.type.js';
import { PlannerUserType } from '../types/worker.type.js';

@Resolver(() => TimeOffRequestType)
export class TimeOffRequestFieldsResolver {
  @FieldResolver(() => PlannerUserType)
  worker(@Root() request: TimeOffRequestType, @Ctx() context: Context): Promise<PlannerUserType> {
    return workerOf(context.loaders.planner, request.userId);
  }
}
