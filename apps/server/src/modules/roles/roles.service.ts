import { permissionsGrid } from '@access/domain';
import type { DataSource } from 'typeorm';
import { isUuid } from '../../kernel/ids.js';
import { NotFoundError } from '../../kernel/errors.js';
import type { TenantAccess } from '../access/tenant-access.js';
import { MODULES } from '../access/permissions-reference.js';
import { RoleEntity } from './role.entity.js';
import { toRoleType } from './role.mapper.js';
import type { RoleType } from './role.type.js';
import { MatrixCellState, type PermissionMatrixType } from './permission-matrix.type.js';

export interface RoleFilter {
  search?: string | null;
  includeDeleted?: boolean;
}

/** Reading roles and the Permissions Manager grid. */
export class RolesService {
  constructor(private readonly dataSource: DataSource) {}

  async list(tenantId: string, filter: RoleFilter): Promise<RoleType[]> {
    const query = this.dataSource
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

  async get(tenantId: string, id: string, options: { includeDeleted: boolean }): Promise<RoleType> {
    if (!isUuid(id)) throw new NotFoundError('Role');
    const role = await this.dataSource
      .getRepository(RoleEntity)
      .findOne({ where: { id, tenantId }, withDeleted: options.includeDeleted });
    if (!role) throw new NotFoundError('Role');
    return toRoleType(role);
  }

  /** Every live role x every permission; built from the cached model plus one statement for the roles. */
  async matrix(access: TenantAccess, roleIds: string[] | null = null): Promise<PermissionMatrixType> {
    // A role created after this model was built waits for the next version to appear.
    let roles = (await this.list(access.tenantId, {})).filter((role) => access.model.graph.get(role.id));
    if (roleIds) {
      const byId = new Map(roles.map((role) => [role.id, role]));
      const unknown = roleIds.filter((id) => !byId.has(id));
      if (unknown.length > 0) throw new NotFoundError('Role');
      roles = roleIds.map((id) => byId.get(id)!);
    }
    const grid = permissionsGrid(access.model, roles.map((role) => role.id));
    return {
      modules: [...MODULES],
      rows: grid.rows.map((row, index) => ({
        role: roles[index]!,
        cells: row.cells.map((cell) => ({
          key: cell.key,
          state: cell.state as MatrixCellState,
          toggleable: cell.toggleable,
          inheritedFrom: 'inheritedFrom' in cell ? cell.inheritedFrom.map((from) => ({ ...from, path: [...from.path] })) : [],
          missing: 'missing' in cell ? [...cell.missing] : [],
        })),
      })),
    };
  }
}
