import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../kernel/errors.js';

/**
 * Serialises access changes within one tenant (two concurrent parent edits could otherwise close
 * a cycle together) and returns the version the change will publish.
 */
export async function lockTenantAccess(manager: EntityManager, tenantId: string): Promise<number> {
  const rows: Array<{ access_version: number }> = await manager.query(
    'SELECT access_version FROM tenant WHERE id = $1 FOR UPDATE',
    [tenantId],
  );
  if (!rows[0]) throw new NotFoundError('Tenant');
  return rows[0].access_version + 1;
}

/** Publishes an access change: every instance reloads the tenant's model on its next request. */
export async function bumpTenantAccess(manager: EntityManager, tenantId: string): Promise<void> {
  await manager.query('UPDATE tenant SET access_version = access_version + 1 WHERE id = $1', [tenantId]);
}
