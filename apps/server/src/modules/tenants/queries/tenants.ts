import type { DataSource } from 'typeorm';
import { TenantEntity } from '../../tenants/tenant.entity.js';
import { toTenantType } from '../../tenants/tenant.mapper.js';
import type { TenantType } from '../../tenants/tenant.type.js';

/** Every tenant on the platform, by name. */
export async function listTenants(dataSource: DataSource): Promise<TenantType[]> {
  const tenants = await dataSource.getRepository(TenantEntity).find({ order: { name: 'ASC' } });
  return tenants.map(toTenantType);
}
