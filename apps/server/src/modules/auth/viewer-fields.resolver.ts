import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { TenantEntity } from '../tenants/tenant.entity.js';
import { toTenantType } from '../tenants/tenant.mapper.js';
import { TenantType } from '../tenants/tenant.type.js';
import { ViewerType } from './types/viewer.type.js';

@Resolver(() => ViewerType)
export class ViewerFieldsResolver {
  // Read here rather than with the viewer: most requests for the viewer (a token check) do not ask for it.
  @FieldResolver(() => TenantType, { nullable: true })
  async tenant(@Root() viewer: ViewerType, @Ctx() context: Context): Promise<TenantType | null> {
    if (!viewer.tenantId) return null;
    const tenant = await context.dataSource.getRepository(TenantEntity).findOneBy({ id: viewer.tenantId });
    return tenant ? toTenantType(tenant) : null;
  }
}
