import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';

/** A tenant's row by id; a malformed id or another tenant's row is "not found". */
export async function findTenantRow<T extends ObjectLiteral>(
  db: DataSource | EntityManager,
  entity: EntityTarget<T>,
  what: string,
  tenantId: string,
  id: string,
): Promise<T> {
  if (!isUuid(id)) throw new NotFoundError(what);
  const row = await db.getRepository(entity).createQueryBuilder('record').where('record.id = :id AND record.tenant_id = :tenantId', { id, tenantId }).getOne();
  if (!row) throw new NotFoundError(what);
  return row;
}
