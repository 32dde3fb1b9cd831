import type { DataSource } from 'typeorm';
import { TenantEntity } from '../tenant.entity.js';
import { toTenantType } from '../tenant.mapper.js';
import type { TenantType } from '../tenant.type.js';
import type { TenantFilterInput } from '../dto/tenant.inputs.js';

/** Every tenant on the platform by name, or those whose name or slug contains the search. */
export async function listTenants(dataSource: DataSource, filter: TenantFilterInput): Promise<TenantType[]> {
  const query = dataSource.getRepository(TenantEntity).createQueryBuilder('tenant').orderBy('tenant.name', 'ASC').addOrderBy('tenant.slug', 'ASC');
  const search = filter.search?.trim();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, '\\$&')}%`;
    query.where('(tenant.name ILIKE :pattern OR tenant.slug ILIKE :pattern)', { pattern });
  }
  return (await query.getMany()).map(toTenantType);
}
