import type { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '../../../kernel/ids.js';
import { NotFoundError } from '../../../kernel/errors.js';
import { RoleEntity } from '../role.entity.js';
import { toRoleType } from '../role.mapper.js';
import type { RoleType } from '../role.type.js';

export interface RoleFilter {
  search?: string | null;
  includeDeleted?: boolean;
}

export async function listRoles(db: DataSource | EntityManager, tenantId: string, filter: RoleFilter): Promise<RoleType[]> {
  const query = db
    .getRepository(RoleEntity)
    .createQueryBuilder('role')
    .where('role.tenant_id = :tenantId', { tenantId })
    .orderBy('lower(role.name)', 'ASC')
    .addOrderBy('role.id', 'ASC');
  if (filter.includeDeleted) query.withDeleted();
  const search = filter.search?.trim();
  if (search) query.andWhere('role.name ILIKE :search', { search: `%${search.replace(/[\\%_]/g, '\\$&')}%` });
  return (await query.getMany()).map(toRoleType);
}

export async function getRole(db: DataSource | EntityManager, tenantId: string, id: string, options: { includeDeleted: boolean }): Promise<RoleType> {
  if (!isUuid(id)) throw new NotFoundError('Role');
  const role = await db
    .getRepository(RoleEntity)
    .findOne({ where: { id, tenantId }, withDeleted: options.includeDeleted });
  if (!role) throw new NotFoundError('Role');
  return toRoleType(role);
}
