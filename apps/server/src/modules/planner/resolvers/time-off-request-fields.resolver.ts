import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { PlannerUserType } from '../types/planner-user.type.js';
import { TimeOffRequestType } from '../types/time-off-request.type.js';
import { workerOf } from './planner-worker.js';

@Resolver(() => TimeOffRequestType)
export class TimeOffRequestFieldsResolver {
  @FieldResolver(() => PlannerUserType)
  worker(@Root() request: TimeOffRequestType, @Ctx() context: Context): Promise<PlannerUserType> {
    return workerOf(context, request.userId);
  }
}
