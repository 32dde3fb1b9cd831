import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Portal } from '../../graphql/directives.js';
import { PortalShiftType } from './portal-shift.type.js';
import { portalWorkerOf } from './worker.js';

@Resolver()
export class MyShiftsResolver {
  @Portal()
  @Query(() => [PortalShiftType], { description: 'Upcoming offered and accepted shifts (with includePast, past ones too), by start.' })
  myShifts(@Arg('includePast', () => Boolean, { defaultValue: false }) includePast: boolean, @Ctx() context: Context): Promise<PortalShiftType[]> {
    return context.services.portal.shifts.list(portalWorkerOf(context.principal, context.origin), includePast);
  }

  @Portal()
  @Query(() => [PortalShiftType], { description: 'Accepted shifts that have ended and have no report yet.' })
  myPendingReports(@Ctx() context: Context): Promise<PortalShiftType[]> {
    return context.services.portal.shifts.pendingReports(portalWorkerOf(context.principal, context.origin));
  }

  @Portal()
  @Mutation(() => PortalShiftType)
  acceptShiftOffer(@Arg('offerId', () => ID) offerId: string, @Ctx() context: Context): Promise<PortalShiftType> {
    return context.services.portal.shifts.accept(portalWorkerOf(context.principal, context.origin), offerId);
  }

  @Portal()
  @Mutation(() => PortalShiftType)
  declineShiftOffer(@Arg('offerId', () => ID) offerId: string, @Ctx() context: Context): Promise<PortalShiftType> {
    return context.services.portal.shifts.decline(portalWorkerOf(context.principal, context.origin), offerId);
  }
}
