import type { DataSource } from 'typeorm';
import type { Principal } from '../principal.js';
import { portalStatusOf } from '../../portal/standing.js';
import { TenantEntity } from '../../tenants/tenant.entity.js';
import { toTenantType } from '../../tenants/tenant.mapper.js';
import type { ViewerType } from '../types/viewer.type.js';

export async function describeViewer(dataSource: DataSource, principal: Principal, permissions: ReadonlySet<string>): Promise<ViewerType> {
  if (principal.kind === 'super_admin') {
    const tenant = principal.activeTenantId
      ? await dataSource.getRepository(TenantEntity).findOneBy({ id: principal.activeTenantId })
      : null;
    return {
      id: principal.superAdminId,
      username: principal.username,
      displayName: principal.displayName,
      isSuperAdmin: true,
      tenant: tenant ? toTenantType(tenant) : null,
      permissions: [...permissions].sort(),
      origin: null,
      portalStatus: portalStatusOf(principal),
    };
  }
  const tenant = await dataSource.getRepository(TenantEntity).findOneByOrFail({ id: principal.tenantId });
  return {
    id: principal.userId,
    username: principal.username,
    displayName: principal.displayName,
    isSuperAdmin: false,
    tenant: toTenantType(tenant),
    permissions: [...permissions].sort(),
    origin: principal.origin,
    portalStatus: portalStatusOf(principal),
  };
}
