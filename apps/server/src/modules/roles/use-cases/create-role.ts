import { changeTenantAccess } from '../../access/access-change.js';
import { assertMayChangeRoles } from '../../access/delegation-guard.js';
import { accessAfter } from '../../access/tenant-access.js';
import type { Actor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { RoleParentEntity } from '../role-parent.entity.js';
import { checkParents } from '../role-parents.js';
import { assertNameFree } from '../role-records.js';
import { RoleEntity } from '../role.entity.js';
import { toRoleType } from '../role.mapper.js';
import type { RoleType } from '../role.type.js';
import { validRoleName } from '../roles.errors.js';

export function createRole(deps: UseCaseDeps, actor: Actor, input: { name: string; parentIds?: string[] | null }): Promise<RoleType> {
  const name = validRoleName(input.name);
  return changeTenantAccess(deps.dataSource, actor, async ({ manager, access }) => {
    await assertNameFree(manager, actor.tenantId, name);
    const role = await manager.save(manager.create(RoleEntity, { tenantId: actor.tenantId, name, isSystem: false }));
    const parents = checkParents(access.model.graph, role.id, input.parentIds ?? []);
    const after = accessAfter(access, { roles: (roles) => [...roles, { id: role.id, name, parentIds: parents, permissions: [] }] });
    await assertMayChangeRoles(manager, actor, access, after.model);
    if (parents.length > 0) await manager.insert(RoleParentEntity, parents.map((parentRoleId) => ({ roleId: role.id, parentRoleId })));
    await recordAudit(manager, actor, {
      action: 'role.create',
      targetType: 'role',
      targetId: role.id,
      targetLabel: name,
      after: { name, parentIds: parents },
    });
    return toRoleType(role);
  });
}
