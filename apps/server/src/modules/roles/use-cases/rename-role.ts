import { changeTenantAccess } from '../../access/access-change.js';
import type { Actor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { assertNameFree, findRole } from '../role-records.js';
import { toRoleType } from '../role.mapper.js';
import type { RoleType } from '../role.type.js';
import { systemRoleLocked, validRoleName } from '../roles.errors.js';

export function renameRole(deps: UseCaseDeps, actor: Actor, id: string, rawName: string): Promise<RoleType> {
  const name = validRoleName(rawName);
  return changeTenantAccess(deps.dataSource, actor, async ({ manager }) => {
    const role = await findRole(manager, actor.tenantId, id);
    if (role.isSystem) throw systemRoleLocked(role.name, 'renamed');
    if (role.name === name) return toRoleType(role);
    await assertNameFree(manager, actor.tenantId, name, role.id);
    const before = role.name;
    role.name = name;
    await manager.save(role);
    await recordAudit(manager, actor, {
      action: 'role.rename',
      targetType: 'role',
      targetId: role.id,
      targetLabel: name,
      before: { name: before },
      after: { name },
    });
    return toRoleType(role);
  });
}
