import { permissionsGrid } from '@access/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { NotFoundError } from '../../../kernel/errors.js';
import type { TenantAccess } from '../../access/tenant-access.js';
import { MODULES } from '../../access/permissions-reference.js';
import { MatrixCellState, type PermissionMatrixType } from '../permission-matrix.type.js';
import { listRoles } from './roles.js';

/** Every live role x every permission; built from the cached model plus one statement for the roles. */
export async function permissionMatrix(db: DataSource | EntityManager, access: TenantAccess, roleIds: string[] | null = null): Promise<PermissionMatrixType> {
  // A role created after this model was built waits for the next version to appear.
  let roles = (await listRoles(db, access.tenantId, {})).filter((role) => access.model.graph.get(role.id));
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
