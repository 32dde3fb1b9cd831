import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { RequiresPermission } from '../../../graphql/directives.js';
import { actorOf } from '../../audit/actor.js';
import { tenantOf } from '../../users/users.resolver.js';
import { CreateShiftInput, ShiftFilterInput } from '../dto/shift.inputs.js';
import { ShiftType } from '../types/shift.type.js';

@Resolver()
export class ShiftsResolver {
  private async shiftAfter(context: Context, change: Promise<string>): Promise<ShiftType> {
    return context.services.planner.query.shift(tenantOf(context), await change);
  }

  @RequiresPermission('planner.shifts.read')
  @Query(() => [ShiftType], { description: 'Shifts by start time.' })
  shifts(@Arg('filter', () => ShiftFilterInput, { nullable: true }) filter: ShiftFilterInput | null, @Ctx() context: Context): Promise<ShiftType[]> {
    return context.services.planner.query.shifts(tenantOf(context), filter);
  }

  @RequiresPermission('planner.shifts.read')
  @Query(() => ShiftType)
  shift(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<ShiftType> {
    return context.services.planner.query.shift(tenantOf(context), id);
  }

  @RequiresPermission('planner.shifts.create')
  @Mutation(() => ShiftType)
  createShift(@Arg('input', () => CreateShiftInput) input: CreateShiftInput, @Ctx() context: Context): Promise<ShiftType> {
    return this.shiftAfter(context, context.services.planner.admin.createShift(actorOf(context.principal, context.origin), input));
  }

  @RequiresPermission('planner.shifts.create')
  @Mutation(() => ShiftType)
  cancelShift(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<ShiftType> {
    return this.shiftAfter(context, context.services.planner.admin.cancelShift(actorOf(context.principal, context.origin), id));
  }

  @RequiresPermission('planner.shifts.offer')
  @Mutation(() => ShiftType, { description: 'Offers a shift to workers (each is emailed if their preferences allow).' })
  offerShift(
    @Arg('shiftId', () => ID) shiftId: string,
    @Arg('userIds', () => [ID]) userIds: string[],
    @Ctx() context: Context,
  ): Promise<ShiftType> {
    return this.shiftAfter(context, context.services.planner.admin.offerShift(actorOf(context.principal, context.origin), shiftId, userIds));
  }

  @RequiresPermission('planner.shifts.offer')
  @Mutation(() => ShiftType)
  withdrawShiftOffer(@Arg('offerId', () => ID) offerId: string, @Ctx() context: Context): Promise<ShiftType> {
    return this.shiftAfter(context, context.services.planner.admin.withdrawShiftOffer(actorOf(context.principal, context.origin), offerId));
  }
}
