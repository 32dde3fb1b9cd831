import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Portal } from '../../graphql/directives.js';
import { TimeOffRequestType } from '../planner/types/time-off-request.type.js';
import { UnavailableDayType } from '../planner/types/unavailable-day.type.js';
import { TimeOffInput } from './dto/portal.inputs.js';
import { portalWorkerOf } from './worker.js';

@Resolver()
export class AvailabilityResolver {
  @Portal()
  @Query(() => [UnavailableDayType], { description: 'Unavailable days from today on.' })
  myAvailability(@Ctx() context: Context): Promise<UnavailableDayType[]> {
    return context.services.portal.availability.list(portalWorkerOf(context));
  }

  @Portal()
  @Mutation(() => UnavailableDayType, { description: 'Blocks one whole day; a time of day is refused.' })
  blockDay(@Arg('date', () => String) date: string, @Ctx() context: Context): Promise<UnavailableDayType> {
    return context.services.portal.availability.block(portalWorkerOf(context), date);
  }

  @Portal()
  @Mutation(() => Boolean)
  unblockDay(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<boolean> {
    return context.services.portal.availability.unblock(portalWorkerOf(context), id);
  }

  @Portal()
  @Query(() => [TimeOffRequestType])
  myTimeOffRequests(@Ctx() context: Context): Promise<TimeOffRequestType[]> {
    return context.services.portal.timeOff.list(portalWorkerOf(context));
  }

  @Portal()
  @Mutation(() => TimeOffRequestType)
  requestTimeOff(@Arg('input', () => TimeOffInput) input: TimeOffInput, @Ctx() context: Context): Promise<TimeOffRequestType> {
    return context.services.portal.timeOff.request(portalWorkerOf(context), input);
  }

  @Portal()
  @Mutation(() => TimeOffRequestType)
  cancelTimeOffRequest(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<TimeOffRequestType> {
    return context.services.portal.timeOff.cancel(portalWorkerOf(context), id);
  }
}
