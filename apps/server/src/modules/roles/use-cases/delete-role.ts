import { changeTenantAccess } from '../../access/access-change.js';
import { accessAfter } from '../../access/tenant-access.js';
import type { Actor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { assertAccessChangeKeepsAdministrator } from '../../users/lockout-guard.js';
import { assertNameFree, findRole } from '../role-records.js';
import { assertRestoreKeepsInheritanceAcyclic } from '../role-parents.js';
import { RoleEntity } from '../role.entity.js';
import { toRoleType } from '../role.mapper.js';
import type { RoleType } from '../role.type.js';
import { roleInUse, roleNotDeleted, systemRoleLocked } from '../roles.errors.js';

export function deleteRole(deps: UseCaseDeps, actor: Actor, id: string): Promise<RoleType> {
  return changeTenantAccess(deps.dataSource, actor, async ({ manager, access }) => {
    const role = await findRole(manager, actor.tenantId, id);
    if (role.isSystem) throw systemRoleLocked(role.name, 'deleted');
    const [users]: Array<{ count: string | number }> = await manager.query(
      'SELECT count(*) AS count FROM user_account WHERE role_id = $1 AND deleted_at IS NULL',
      [role.id],
    );
    const usersCount = Number(users?.count ?? 0);
    if (usersCount > 0) throw roleInUse(role.name, usersCount);
    const children = access.model.graph.roles.filter((other) => other.parentIds.includes(role.id)).map((child) => child.name);
    const after = accessAfter(access, {
      roles: (roles) => roles.filter((other) => other.id !== role.id).map((other) => ({ ...other, parentIds: other.parentIds.filter((id) => id !== role.id) })),
    });
    await assertAccessChangeKeepsAdministrator(manager, access, after, 'Deleting this role');
    await manager.softDelete(RoleEntity, { id: role.id });
    const deleted = await findRole(manager, actor.tenantId, id, true);
    await recordAudit(manager, actor, {
      action: 'role.delete',
      targetType: 'role',
      targetId: role.id,
      targetLabel: role.name,
      before: { name: role.name, deletedAt: null, inheritedBy: children },
      after: { deletedAt: deleted.deletedAt?.toISOString() ?? null },
    });
    return toRoleType(deleted);
  });
}

export function restoreRole(deps: UseCaseDeps, actor: Actor, id: string): Promise<RoleType> {
  return changeTenantAccess(deps.dataSource, actor, async ({ manager, access }) => {
    const role = await findRole(manager, actor.tenantId, id, true);
    if (!role.deletedAt) throw roleNotDeleted(role.name);
    await assertNameFree(manager, actor.tenantId, role.name);
    const edges = await manager.query<Array<{ role_id: string; parent_role_id: string }>>(
      'SELECT role_id, parent_role_id FROM role_parent WHERE role_id = $1 OR parent_role_id = $1',
      [role.id],
    );
    assertRestoreKeepsInheritanceAcyclic(
      access.model.graph,
      role,
      edges.filter((edge) => edge.role_id === role.id).map((edge) => edge.parent_role_id),
      edges.filter((edge) => edge.parent_role_id === role.id).map((edge) => edge.role_id),
    );
    const deletedAt = role.deletedAt;
    await manager.restore(RoleEntity, { id: role.id });
    await recordAudit(manager, actor, {
      action: 'role.restore',
      targetType: 'role',
      targetId: role.id,
      targetLabel: role.name,
      before: { deletedAt: deletedAt.toISOString() },
      after: { deletedAt: null },
    });
    return toRoleType(await findRole(manager, actor.tenantId, id));
  });
}
