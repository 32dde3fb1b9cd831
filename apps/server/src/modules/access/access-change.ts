import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../audit/actor.js';
import { loadTenantAccess, type TenantAccess } from './tenant-access.js';
import { bumpTenantAccess, lockTenantAccess } from './tenant-lock.js';

export interface AccessChange {
  manager: EntityManager;
  /** The tenant's access model as of this transaction (read under the tenant lock). */
  access: TenantAccess;
}

/**
 * Runs one change to a tenant's roles or grants as one transaction: lock, read the current
 * model, change, audit (inside `change`), publish the new access version. Any error rolls
 * everything back, the audit entry included.
 */
export function changeTenantAccess<T>(dataSource: DataSource, actor: Actor, change: (tx: AccessChange) => Promise<T>): Promise<T> {
  return dataSource.transaction(async (manager) => {
    const nextVersion = await lockTenantAccess(manager, actor.tenantId);
    const access = await loadTenantAccess(manager, actor.tenantId, nextVersion - 1);
    const result = await change({ manager, access });
    await bumpTenantAccess(manager, actor.tenantId);
    return result;
  });
}
