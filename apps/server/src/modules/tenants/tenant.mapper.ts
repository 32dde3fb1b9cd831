import type { TenantEntity } from './tenant.entity.js';
import { TenantStatus, type TenantType } from './tenant.type.js';

export const toTenantType = (tenant: TenantEntity): TenantType => ({
  id: tenant.id,
  slug: tenant.slug,
  name: tenant.name,
  status: tenant.suspendedAt ? TenantStatus.SUSPENDED : TenantStatus.ACTIVE,
  suspendedAt: tenant.suspendedAt,
  createdAt: tenant.createdAt,
});
