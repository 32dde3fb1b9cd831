import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { Portal } from '../../../graphql/directives.js';
import { TimeOffRequestType } from '../../planner/types/time-off-request.type.js';
import { UnavailableDayType } from '../../planner/types/unavailable-day.type.js';
import { TimeOffInput } from '../dto/time-off.input.js';
import { listUnavailableDays } from '../queries/availability.js';
import { listTimeOffRequests } from '../queries/time-off.js';
import { blockDay, unblockDay } from '../use-cases/availability.js';
import { cancelTimeOffRequest, requestTimeOff } from '../use-cases/time-off.js';
import { portalWorkerOf } from '../worker.js';

@Resolver()
export class AvailabilityResolver {
  @Portal()
  @Query(() => [UnavailableDayType], { description: 'Unavailable days from today on.' })
  myAvailability(@Ctx() context: Context): Promise<UnavailableDayType[]> {
    return listUnavailableDays(context.dataSource, portalWorkerOf(context.principal, context.origin));
  }

  @Portal()
  @Mutation(() => UnavailableDayType, { description: 'Blocks one whole day; a time of day is refused.' })
  blockDay(@Arg('date', () => String) date: string, @Ctx() context: Context): Promise<UnavailableDayType> {
    return blockDay(context.services.deps, portalWorkerOf(context.principal, context.origin), date);
  }

  @Portal()
  @Mutation(() => Boolean)
  unblockDay(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<boolean> {
    return unblockDay(context.services.deps, portalWorkerOf(context.principal, context.origin), id);
  }

  @Portal()
  @Query(() => [TimeOffRequestType])
  myTimeOffRequests(@Ctx() context: Context): Promise<TimeOffRequestType[]> {
    return listTimeOffRequests(context.dataSource, portalWorkerOf(context.principal, context.origin));
  }

  @Portal()
  @Mutation(() => TimeOffRequestType)
  requestTimeOff(@Arg('input', () => TimeOffInput) input: TimeOffInput, @Ctx() context: Context): Promise<TimeOffRequestType> {
    return requestTimeOff(context.services.deps, portalWorkerOf(context.principal, context.origin), input);
  }

  @Portal()
  @Mutation(() => TimeOffRequestType)
  cancelTimeOffRequest(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<TimeOffRequestType> {
    return cancelTimeOffRequest(context.services.deps, portalWorkerOf(context.principal, context.origin), id);
  }
}
