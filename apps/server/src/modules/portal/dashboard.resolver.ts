import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Portal } from '../../graphql/directives.js';
import { PortalDashboardType } from './portal-dashboard.type.js';
import { portalWorkerOf } from './worker.js';

@Resolver()
export class PortalDashboardResolver {
  @Portal()
  @Query(() => PortalDashboardType)
  portalDashboard(@Ctx() context: Context): Promise<PortalDashboardType> {
    return context.services.portal.dashboard.dashboard(portalWorkerOf(context.principal, context.origin));
  }
}
