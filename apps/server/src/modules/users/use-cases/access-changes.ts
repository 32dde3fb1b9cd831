import { assertMayAssignRole } from '../../access/delegation-guard.js';
import { NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import type { Actor } from '../../audit/actor.js';
import { RoleEntity } from '../../roles/role.entity.js';
import { assertTenantKeepsAdministrator, lockTenantAdministrators } from '../lockout-guard.js';
import { assertUserAction } from '../user-state.js';
import { auditUserChange, lockUser } from '../user-records.js';
import { lockManagedUser } from '../managed-user.js';
import { assertRoleAssignedHere, signInModeOf } from '../sign-in-mode.js';
import type { UseCaseDeps } from '../../use-case-deps.js';

/** Takes effect on the user's next request: permissions are read per request, never from the token. */
export function changeRole(deps: UseCaseDeps, actor: Actor, id: string, roleId: string): Promise<string> {
  if (!isUuid(roleId)) throw new NotFoundError('Role');
  return deps.dataSource.transaction(async (manager) => {
    await lockTenantAdministrators(manager, actor.tenantId);
    const user = await lockUser(manager, actor.tenantId, id);
    assertUserAction(user, 'changeRole');
    assertRoleAssignedHere(await signInModeOf(deps, manager, actor.tenantId));
    const role = await manager.findOneBy(RoleEntity, { id: roleId, tenantId: actor.tenantId });
    if (!role) throw new NotFoundError('Role');
    if (role.id === user.roleId) return user.id;
    await assertMayAssignRole(manager, actor, user, role.id, 'Moving this user to that role');
    await assertTenantKeepsAdministrator(manager, actor.tenantId, { userId: user.id, roleId: role.id }, 'Moving this user to that role');
    const before = user.roleId;
    user.roleId = role.id;
    user.version += 1;
    await manager.save(user);
    await auditUserChange(manager, actor, 'user.change_role', user, { roleId: before }, { roleId: role.id, roleName: role.name });
    return user.id;
  });
}

/** Blocks or allows the worker portal only; the account and its admin-app access are untouched. */
export function setPortalAccess(deps: UseCaseDeps, actor: Actor, id: string, enabled: boolean): Promise<string> {
  return deps.dataSource.transaction(async (manager) => {
    const user = await lockManagedUser(manager, actor, id);
    assertUserAction(user, 'update');
    if (user.portalAccess === enabled) return user.id;
    user.portalAccess = enabled;
    user.version += 1;
    await manager.save(user);
    await auditUserChange(manager, actor, 'user.set_portal_access', user, { portalAccess: !enabled }, { portalAccess: enabled });
    return user.id;
  });
}
