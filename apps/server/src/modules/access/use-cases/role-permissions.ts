import { planRevoke, type PermissionKey } from '@access/domain';
import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import type { Actor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { RolePermissionEntity } from '../../roles/role-permission.entity.js';
import { RoleEntity } from '../../roles/role.entity.js';
import { toRoleType } from '../../roles/role.mapper.js';
import type { RoleGrantResultType, RoleRevokeResultType } from '../../roles/change-result.type.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { changeTenantAccess } from '../access-change.js';
import { assertAccessChangeKeepsAdministrator } from '../../users/lockout-guard.js';
import { assertMayChangeRoles } from '../delegation-guard.js';
import { grantOrRefuse, permissionKeys, revokeResult } from '../permission-plans.js';
import { accessAfter, userGrant, withOwnPermissions, type TenantAccess } from '../tenant-access.js';

async function tenantUsers(manager: EntityManager, access: TenantAccess) {
  const rows: Array<{ id: string; role_id: string }> = await manager.query(
    'SELECT id, role_id FROM user_account WHERE tenant_id = $1 AND deleted_at IS NULL',
    [access.tenantId],
  );
  return rows.map((row) => userGrant(access, { id: row.id, roleId: row.role_id }));
}

async function findRole(manager: EntityManager, tenantId: string, id: string): Promise<RoleEntity> {
  if (!isUuid(id)) throw new NotFoundError('Role');
  const role = await manager.findOneBy(RoleEntity, { id, tenantId });
  if (!role) throw new NotFoundError('Role');
  return role;
}

export function grantRolePermissions(
  deps: UseCaseDeps,
  actor: Actor,
  roleId: string,
  rawKeys: string[],
  withPrerequisites: boolean,
): Promise<RoleGrantResultType> {
  const keys = permissionKeys(rawKeys);
  return changeTenantAccess(deps.dataSource, actor, async ({ manager, access }) => {
    const role = await findRole(manager, actor.tenantId, roleId);
    const plan = grantOrRefuse(access, { kind: 'role', roleId: role.id }, keys, withPrerequisites);
    const before = access.model.graph.get(role.id)?.permissions ?? [];
    const added = plan.grant.filter((key) => !before.includes(key));
    const after = accessAfter(access, { roles: withOwnPermissions(role.id, (own) => [...own, ...added]) });
    await assertMayChangeRoles(manager, actor, access, after.model, plan.grant);
    if (added.length > 0) {
      await manager.insert(RolePermissionEntity, added.map((permissionKey) => ({ roleId: role.id, permissionKey })));
      await recordAudit(manager, actor, {
        action: 'role.grant_permissions',
        targetType: 'role',
        targetId: role.id,
        targetLabel: role.name,
        before: { permissions: [...before] },
        after: { permissions: [...before, ...added], granted: added, prerequisitesGranted: [...plan.prerequisites] },
      });
    }
    return { role: toRoleType(role), granted: added, prerequisitesGranted: plan.prerequisites.filter((key) => added.includes(key)) };
  });
}

export function revokeRolePermissions(deps: UseCaseDeps, actor: Actor, roleId: string, rawKeys: string[], cascade: boolean): Promise<RoleRevokeResultType> {
  const keys = permissionKeys(rawKeys);
  return changeTenantAccess(deps.dataSource, actor, async ({ manager, access }) => {
    const role = await findRole(manager, actor.tenantId, roleId);
    const users = await tenantUsers(manager, access);
    const plan = planRevoke(access.model, { kind: 'role', roleId: role.id }, keys, { cascade, users });
    const before = access.model.graph.get(role.id)?.permissions ?? [];
    if (plan.revoke.length > 0) {
      const after = accessAfter(access, { roles: withOwnPermissions(role.id, (own) => own.filter((key) => !plan.revoke.includes(key as PermissionKey))) });
      await assertAccessChangeKeepsAdministrator(manager, access, after, 'Revoking these permissions from this role');
      await manager
        .createQueryBuilder()
        .delete()
        .from(RolePermissionEntity)
        .where('role_id = :roleId AND permission_key = ANY(:keys)', { roleId: role.id, keys: [...plan.revoke] })
        .execute();
      await recordAudit(manager, actor, {
        action: 'role.revoke_permissions',
        targetType: 'role',
        targetId: role.id,
        targetLabel: role.name,
        before: { permissions: [...before] },
        after: {
          permissions: before.filter((key) => !plan.revoke.includes(key as PermissionKey)),
          revoked: [...plan.revoke],
          cascaded: [...plan.cascaded],
        },
      });
    }
    return { role: toRoleType(role), ...revokeResult(plan) };
  });
}
