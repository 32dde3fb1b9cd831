import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { TenantEntity } from '../tenants/tenant.entity.js';
import { toTenantType } from '../tenants/tenant.mapper.js';
import { TenantType } from '../tenants/tenant.type.js';
import { ViewerType } from './types/viewer.type.js';
import { DEFAULT_TIME_ZONE } from '@access/domain';
import { tenantTimeZone } from '../users/time-zones.js';

@Resolver(() => ViewerType)
export class ViewerFieldsResolver {
  // Read here rather than with the viewer: most requests for the viewer (a token check) do not ask for it.
  @FieldResolver(() => TenantType, { nullable: true })
  async tenant(@Root() viewer: ViewerType, @Ctx() context: Context): Promise<TenantType | null> {
    if (!viewer.tenantId) return null;
    const tenant = await context.dataSource.getRepository(TenantEntity).findOneBy({ id: viewer.tenantId });
    return tenant ? toTenantType(tenant) : null;
  }

  @FieldResolver(() => String, { description: "The IANA time zone the viewer's days and times are shown in: their own, else the organisation's." })
  async timeZone(@Root() viewer: ViewerType, @Ctx() context: Context): Promise<string> {
    if (viewer.isSuperAdmin) return viewer.tenantId ? tenantTimeZone(context.dataSource, viewer.tenantId) : DEFAULT_TIME_ZONE;
    return context.loaders.users.effectiveTimeZone.load(viewer.id);
  }

  @FieldResolver(() => String, { description: "The organisation's IANA time zone, which the schedule is planned in (UTC without a tenant)." })
  tenantTimeZone(@Root() viewer: ViewerType, @Ctx() context: Context): Promise<string> {
    return viewer.tenantId ? tenantTimeZone(context.dataSource, viewer.tenantId) : Promise.resolve(DEFAULT_TIME_ZONE);
  }

  @FieldResolver(() => String, { nullable: true, description: "The viewer's own chosen zone; null when they follow the organisation's." })
  async ownTimeZone(@Root() viewer: ViewerType, @Ctx() context: Context): Promise<string | null> {
    if (viewer.isSuperAdmin || !viewer.tenantId) return null;
    const rows: Array<{ time_zone: string | null }> = await context.dataSource.query('SELECT time_zone FROM user_account WHERE id = $1 AND tenant_id = $2', [viewer.id, viewer.tenantId]);
    return rows[0]?.time_zone ?? null;
  }
}
