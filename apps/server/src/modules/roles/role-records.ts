import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../kernel/errors.js';
import { isUuid } from '../../kernel/ids.js';
import { RoleEntity } from './role.entity.js';
import { roleNameTaken } from './roles.errors.js';

export async function findRole(manager: EntityManager, tenantId: string, id: string, withDeleted = false): Promise<RoleEntity> {
  if (!isUuid(id)) throw new NotFoundError('Role');
  const role = await manager.findOne(RoleEntity, { where: { id, tenantId }, withDeleted });
  if (!role) throw new NotFoundError('Role');
  return role;
}

export async function assertNameFree(manager: EntityManager, tenantId: string, name: string, exceptId?: string): Promise<void> {
  const clash: Array<{ id: string }> = await manager.query(
    'SELECT id FROM role WHERE tenant_id = $1 AND lower(name) = lower($2) AND deleted_at IS NULL',
    [tenantId, name],
  );
  if (clash.some((row) => row.id !== exceptId)) throw roleNameTaken(name);
}
