import type { TenantEntity } from './tenant.entity.js';
import type { TenantType } from './tenant.type.js';

export const toTenantType = (tenant: TenantEntity): TenantType => ({ id: tenant.id, slug: tenant.slug, name: tenant.name });
