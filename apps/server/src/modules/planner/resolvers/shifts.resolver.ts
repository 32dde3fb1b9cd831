import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireTenant } from '../../auth/principal.js';
import type { Context } from '../../../graphql/context.js';
import { RequiresPermission } from '../../../graphql/directives.js';
import { actorOf } from '../../audit/actor.js';
import { CreateShiftInput, ShiftFilterInput } from '../dto/shift.inputs.js';
import { getShift, listShifts } from '../queries/shifts.js';
import { ShiftType } from '../types/shift.type.js';
import { assignShift } from '../use-cases/assign-shift.js';
import { offerShift, withdrawShiftOffer } from '../use-cases/offers.js';
import { cancelShift, createShift } from '../use-cases/shifts.js';

@Resolver()
export class ShiftsResolver {
  private async shiftAfter(context: Context, change: Promise<string>): Promise<ShiftType> {
    return getShift(context.dataSource, requireTenant(context.principal), await change);
  }

  @RequiresPermission('planner.shifts.read')
  @Query(() => [ShiftType], { description: 'Shifts by start time.' })
  shifts(@Arg('filter', () => ShiftFilterInput, { nullable: true }) filter: ShiftFilterInput | null, @Ctx() context: Context): Promise<ShiftType[]> {
    return listShifts(context.dataSource, requireTenant(context.principal), filter);
  }

  @RequiresPermission('planner.shifts.read')
  @Query(() => ShiftType)
  shift(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<ShiftType> {
    return getShift(context.dataSource, requireTenant(context.principal), id);
  }

  @RequiresPermission('planner.shifts.create')
  @Mutation(() => ShiftType)
  createShift(@Arg('input', () => CreateShiftInput) input: CreateShiftInput, @Ctx() context: Context): Promise<ShiftType> {
    return this.shiftAfter(context, createShift(context.services.deps, actorOf(context.principal, context.origin), input));
  }

  @RequiresPermission('planner.shifts.create')
  @Mutation(() => ShiftType)
  cancelShift(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<ShiftType> {
    return this.shiftAfter(context, cancelShift(context.services.deps, actorOf(context.principal, context.origin), id));
  }

  @RequiresPermission('planner.shifts.offer')
  @Mutation(() => ShiftType, { description: 'Offers a shift to workers (each is emailed if their preferences allow).' })
  offerShift(
    @Arg('shiftId', () => ID) shiftId: string,
    @Arg('userIds', () => [ID]) userIds: string[],
    @Ctx() context: Context,
  ): Promise<ShiftType> {
    return this.shiftAfter(context, offerShift(context.services.deps, actorOf(context.principal, context.origin), shiftId, userIds));
  }

  @RequiresPermission('planner.shifts.offer')
  @Mutation(() => ShiftType, {
    description: 'Puts a worker on a shift without an offer to answer (same checks as an offer; they are emailed if their preferences allow).',
  })
  assignShift(@Arg('shiftId', () => ID) shiftId: string, @Arg('userId', () => ID) userId: string, @Ctx() context: Context): Promise<ShiftType> {
    return this.shiftAfter(context, assignShift(context.services.deps, actorOf(context.principal, context.origin), shiftId, userId));
  }

  @RequiresPermission('planner.shifts.offer')
  @Mutation(() => ShiftType)
  withdrawShiftOffer(@Arg('offerId', () => ID) offerId: string, @Ctx() context: Context): Promise<ShiftType> {
    return this.shiftAfter(context, withdrawShiftOffer(context.services.deps, actorOf(context.principal, context.origin), offerId));
  }
}
