import { inheritanceNeighbourhood } from '@access/domain';
import type { TenantAccess } from '../../access/tenant-access.js';
import type { RoleInheritanceGraphType } from '../inheritance-graph.type.js';
import type { RoleLoaders } from '../loaders.js';
import { RoleEntity } from '../role.entity.js';
import { toRoleType } from '../role.mapper.js';
import type { RoleType } from '../role.type.js';

/**
 * The role's ancestors and descendants from the cached access model, whatever their number: the
 * links and counts cost no statement, the roles' records one batched load.
 */
export async function roleInheritanceGraph(access: TenantAccess, role: RoleType, roleById: RoleLoaders['roleById']): Promise<RoleInheritanceGraphType> {
  const { roleIds, edges } = inheritanceNeighbourhood(access.model, role.id);
  // A deleted role, or one newer than the model, stands alone until the next access version.
  if (roleIds.length === 0) return { roles: [role], links: [] };
  const records = await roleById.loadMany(roleIds);
  return {
    roles: records.filter((record): record is RoleEntity => record instanceof RoleEntity).map(toRoleType),
    links: edges.map((edge) => ({ childId: edge.childId, parentId: edge.parentId, inheritedPermissionsCount: edge.passedDown })),
  };
}
