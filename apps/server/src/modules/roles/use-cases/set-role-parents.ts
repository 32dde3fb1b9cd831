import { changeTenantAccess } from '../../access/access-change.js';
import { assertMayChangeRoles } from '../../access/delegation-guard.js';
import { accessAfter } from '../../access/tenant-access.js';
import type { Actor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { assertAccessChangeKeepsAdministrator } from '../../users/lockout-guard.js';
import { RoleParentEntity } from '../role-parent.entity.js';
import { checkParents } from '../role-parents.js';
import { findRole } from '../role-records.js';
import { toRoleType } from '../role.mapper.js';
import type { RoleType } from '../role.type.js';

export function setRoleParents(deps: UseCaseDeps, actor: Actor, id: string, parentIds: string[]): Promise<RoleType> {
  return changeTenantAccess(deps.dataSource, actor, async ({ manager, access }) => {
    const role = await findRole(manager, actor.tenantId, id);
    const parents = checkParents(access.model.graph, role.id, parentIds);
    const before = access.model.graph.get(role.id)?.parentIds ?? [];
    const after = accessAfter(access, { roles: (roles) => roles.map((other) => (other.id === role.id ? { ...other, parentIds: parents } : other)) });
    await assertMayChangeRoles(manager, actor, access, after.model);
    await assertAccessChangeKeepsAdministrator(manager, access, after, 'Changing the parents of this role');
    await manager.delete(RoleParentEntity, { roleId: role.id });
    if (parents.length > 0) await manager.insert(RoleParentEntity, parents.map((parentRoleId) => ({ roleId: role.id, parentRoleId })));
    await recordAudit(manager, actor, {
      action: 'role.set_parents',
      targetType: 'role',
      targetId: role.id,
      targetLabel: role.name,
      before: { parentIds: [...before] },
      after: { parentIds: parents },
    });
    return toRoleType(role);
  });
}
