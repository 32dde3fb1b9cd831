import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { Portal } from '../../../graphql/directives.js';
import { listPendingReports, listShifts } from '../queries/shifts.js';
import { PortalShiftType } from '../types/shift.type.js';
import { acceptShiftOffer, declineShiftOffer } from '../use-cases/shift-offers.js';
import { portalWorkerOf } from '../worker.js';

@Resolver()
export class MyShiftsResolver {
  @Portal()
  @Query(() => [PortalShiftType], { description: 'Upcoming offered and accepted shifts (with includePast, past ones too), by start.' })
  myShifts(@Arg('includePast', () => Boolean, { defaultValue: false }) includePast: boolean, @Ctx() context: Context): Promise<PortalShiftType[]> {
    return listShifts(context.dataSource, portalWorkerOf(context.principal, context.origin), includePast);
  }

  @Portal()
  @Query(() => [PortalShiftType], { description: 'Accepted shifts that have ended and have no report yet.' })
  myPendingReports(@Ctx() context: Context): Promise<PortalShiftType[]> {
    return listPendingReports(context.dataSource, portalWorkerOf(context.principal, context.origin));
  }

  @Portal()
  @Mutation(() => PortalShiftType)
  acceptShiftOffer(@Arg('offerId', () => ID) offerId: string, @Ctx() context: Context): Promise<PortalShiftType> {
    return acceptShiftOffer(context.services.deps, portalWorkerOf(context.principal, context.origin), offerId);
  }

  @Portal()
  @Mutation(() => PortalShiftType)
  declineShiftOffer(@Arg('offerId', () => ID) offerId: string, @Ctx() context: Context): Promise<PortalShiftType> {
    return declineShiftOffer(context.services.deps, portalWorkerOf(context.principal, context.origin), offerId);
  }
}
