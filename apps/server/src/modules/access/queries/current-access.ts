import type { DataSource } from 'typeorm';
import { actingTenantId, type Principal } from '../../auth/principal.js';
import { NotFoundError } from '../../../kernel/errors.js';
import type { TenantAccess } from '../tenant-access.js';
import type { TenantAccessCache } from '../tenant-access-cache.js';

/** The acting tenant's model at the version this request observed. */
export async function currentAccess(dataSource: DataSource, cache: TenantAccessCache, principal: Principal): Promise<TenantAccess> {
  if (principal.kind === 'user') return cache.get(principal.tenantId, principal.accessVersion);
  const tenantId = actingTenantId(principal);
  if (!tenantId) throw new NotFoundError('Tenant');
  const [row]: Array<{ access_version: number }> = await dataSource.query(
    'SELECT access_version FROM tenant WHERE id = $1',
    [tenantId],
  );
  if (!row) throw new NotFoundError('Tenant');
  return cache.get(tenantId, row.access_version);
}
