import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { Portal } from '../../../graphql/directives.js';
import { loadDashboard } from '../queries/dashboard.js';
import { PortalDashboardType } from '../types/dashboard.type.js';
import { portalWorkerOf } from '../worker.js';

@Resolver()
export class PortalDashboardResolver {
  @Portal()
  @Query(() => PortalDashboardType)
  portalDashboard(@Ctx() context: Context): Promise<PortalDashboardType> {
    return loadDashboard(context.dataSource, portalWorkerOf(context.principal, context.origin));
  }
}
