import { CATALOGUE, planGrant, planRevoke, type ChangeTarget, type PermissionKey, type RevokePlan } from '@access/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import type { Actor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { RolePermissionEntity } from '../../roles/role-permission.entity.js';
import { RoleEntity } from '../../roles/role.entity.js';
import { toRoleType } from '../../roles/role.mapper.js';
import type { RoleGrantResultType, RoleRevokeResultType, RevokeResultType, GrantResultType } from '../../roles/change-result.type.js';
import { displayName } from '../../users/display-name.js';
import { UserEntity } from '../../users/user.entity.js';
import { changeTenantAccess } from '../access-change.js';
import { assertAccessChangeKeepsAdministrator } from '../../users/lockout-guard.js';
import { assertMayActOnUser, assertMayChangeRoles, assertMayGrantToUser } from '../delegation-guard.js';
import { accessAfter, userGrant, withOwnPermissions, type TenantAccess } from '../tenant-access.js';
import { UserPermissionEntity } from '../user-permission.entity.js';

function permissionKeys(keys: string[]): PermissionKey[] {
  if (keys.length === 0) throw new BadUserInputError('keys', 'Choose at least one permission');
  const unknown = keys.filter((key) => !CATALOGUE.has(key));
  if (unknown.length > 0) {
    throw new BadUserInputError('keys', `Unknown permission: ${unknown.join(', ')}`, { reason: 'UNKNOWN_PERMISSION', unknown });
  }
  return [...new Set(keys)] as PermissionKey[];
}

function grantOrRefuse(access: TenantAccess, target: ChangeTarget, keys: PermissionKey[], withPrerequisites: boolean) {
  const plan = planGrant(access.model, target, keys, { withPrerequisites });
  if (!plan.ok) {
    throw new BadUserInputError('keys', plan.message, {
      reason: plan.code,
      missing: [...plan.missing],
      missingFor: plan.missingFor.map((entry) => ({ key: entry.key, missing: [...entry.missing] })),
    });
  }
  return plan;
}

async function tenantUsers(manager: EntityManager, access: TenantAccess) {
  const rows: Array<{ id: string; role_id: string }> = await manager.query(
    'SELECT id, role_id FROM user_account WHERE tenant_id = $1 AND deleted_at IS NULL',
    [access.tenantId],
  );
  return rows.map((row) => userGrant(access, { id: row.id, roleId: row.role_id }));
}

function revokeResult(plan: RevokePlan<PermissionKey>): RevokeResultType {
  return {
    revoked: [...plan.revoke],
    cascaded: [...plan.cascaded],
    notOwned: [...plan.notOwned],
    rolesAffected: plan.becomeInactive.roles.map((impact) => ({ ...impact, inactive: [...impact.inactive] })),
    usersAffected: plan.becomeInactive.users.map((impact) => ({ ...impact, inactive: [...impact.inactive] })),
  };
}

async function findUser(manager: EntityManager, tenantId: string, id: string): Promise<UserEntity> {
  if (!isUuid(id)) throw new NotFoundError('User');
  const user = await manager.findOneBy(UserEntity, { id, tenantId });
  if (!user) throw new NotFoundError('User');
  return user;
}

async function findRole(manager: EntityManager, tenantId: string, id: string): Promise<RoleEntity> {
  if (!isUuid(id)) throw new NotFoundError('Role');
  const role = await manager.findOneBy(RoleEntity, { id, tenantId });
  if (!role) throw new NotFoundError('Role');
  return role;
}

/**
 * Granting and revoking permissions on roles and, directly, on users. Prerequisites are checked
 * by the domain planner: a grant with unmet prerequisites is refused unless they are granted too;
 * a revoke reports what turns inactive and can cascade.
 */
export class GrantsService {
  constructor(private readonly dataSource: DataSource) {}

  grantToRole(actor: Actor, roleId: string, rawKeys: string[], withPrerequisites: boolean): Promise<RoleGrantResultType> {
    const keys = permissionKeys(rawKeys);
    return changeTenantAccess(this.dataSource, actor, async ({ manager, access }) => {
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

  revokeFromRole(actor: Actor, roleId: string, rawKeys: string[], cascade: boolean): Promise<RoleRevokeResultType> {
    const keys = permissionKeys(rawKeys);
    return changeTenantAccess(this.dataSource, actor, async ({ manager, access }) => {
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

  grantToUser(actor: Actor, userId: string, rawKeys: string[], withPrerequisites: boolean): Promise<GrantResultType> {
    const keys = permissionKeys(rawKeys);
    return changeTenantAccess(this.dataSource, actor, async ({ manager, access }) => {
      const user = await findUser(manager, actor.tenantId, userId);
      const grant = userGrant(access, user);
      const plan = grantOrRefuse(access, { kind: 'user', user: grant }, keys, withPrerequisites);
      await assertMayGrantToUser(manager, actor, access, grant, plan.grant);
      const added = plan.grant.filter((key) => !grant.direct.includes(key));
      if (added.length > 0) {
        await manager.insert(
          UserPermissionEntity,
          added.map((permissionKey) => ({ userId: user.id, tenantId: actor.tenantId, permissionKey })),
        );
        await recordAudit(manager, actor, {
          action: 'user.grant_permissions',
          targetType: 'user',
          targetId: user.id,
          targetLabel: displayName(user),
          before: { direct: [...grant.direct] },
          after: { direct: [...grant.direct, ...added], granted: added, prerequisitesGranted: [...plan.prerequisites] },
        });
      }
      return { granted: added, prerequisitesGranted: plan.prerequisites.filter((key) => added.includes(key)) };
    });
  }

  revokeFromUser(actor: Actor, userId: string, rawKeys: string[], cascade: boolean): Promise<RevokeResultType> {
    const keys = permissionKeys(rawKeys);
    return changeTenantAccess(this.dataSource, actor, async ({ manager, access }) => {
      const user = await findUser(manager, actor.tenantId, userId);
      const grant = userGrant(access, user);
      await assertMayActOnUser(manager, actor, user, access);
      const plan = planRevoke(access.model, { kind: 'user', user: grant }, keys, { cascade });
      if (plan.revoke.length > 0) {
        const direct = new Map(access.direct);
        direct.set(user.id, grant.direct.filter((key) => !plan.revoke.includes(key as PermissionKey)));
        await assertAccessChangeKeepsAdministrator(manager, access, accessAfter(access, { direct }), 'Revoking these permissions from this user');
        await manager
          .createQueryBuilder()
          .delete()
          .from(UserPermissionEntity)
          .where('user_id = :userId AND permission_key = ANY(:keys)', { userId: user.id, keys: [...plan.revoke] })
          .execute();
        await recordAudit(manager, actor, {
          action: 'user.revoke_permissions',
          targetType: 'user',
          targetId: user.id,
          targetLabel: displayName(user),
          before: { direct: [...grant.direct] },
          after: {
            direct: grant.direct.filter((key) => !plan.revoke.includes(key as PermissionKey)),
            revoked: [...plan.revoke],
            cascaded: [...plan.cascaded],
          },
        });
      }
      return revokeResult(plan);
    });
  }
}
