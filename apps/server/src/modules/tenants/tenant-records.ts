import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../kernel/errors.js';
import { isUuid } from '../../kernel/ids.js';
import { TenantEntity } from './tenant.entity.js';

/**
 * The tenant row, locked for the rest of the caller's transaction, so two changes to its settings
 * or state apply one after the other instead of one overwriting the other.
 */
export async function lockTenant(manager: EntityManager, id: string): Promise<TenantEntity> {
  const tenant = isUuid(id)
    ? await manager.getRepository(TenantEntity).createQueryBuilder('tenant').setLock('pessimistic_write').where('tenant.id = :id', { id }).getOne()
    : null;
  if (!tenant) throw new NotFoundError('Tenant', { field: 'id' });
  return tenant;
}
