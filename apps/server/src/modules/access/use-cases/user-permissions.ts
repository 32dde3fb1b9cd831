import { planRevoke, type PermissionKey } from '@access/domain';
import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import type { Actor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { RevokeResultType, GrantResultType } from '../../roles/change-result.type.js';
import { displayName } from '../../users/display-name.js';
import { UserEntity } from '../../users/user.entity.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { changeTenantAccess } from '../access-change.js';
import { assertAccessChangeKeepsAdministrator } from '../../users/lockout-guard.js';
import { assertMayActOnUser, assertMayGrantToUser } from '../delegation-guard.js';
import { grantOrRefuse, permissionKeys, revokeResult } from '../permission-plans.js';
import { accessAfter, userGrant } from '../tenant-access.js';
import { UserPermissionEntity } from '../user-permission.entity.js';

async function findUser(manager: EntityManager, tenantId: string, id: string): Promise<UserEntity> {
  if (!isUuid(id)) throw new NotFoundError('User');
  const user = await manager.findOneBy(UserEntity, { id, tenantId });
  if (!user) throw new NotFoundError('User');
  return user;
}

export function grantUserPermissions(
  deps: UseCaseDeps,
  actor: Actor,
  userId: string,
  rawKeys: string[],
  withPrerequisites: boolean,
): Promise<GrantResultType> {
  const keys = permissionKeys(rawKeys);
  return changeTenantAccess(deps.dataSource, actor, async ({ manager, access }) => {
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

export function revokeUserPermissions(deps: UseCaseDeps, actor: Actor, userId: string, rawKeys: string[], cascade: boolean): Promise<RevokeResultType> {
  const keys = permissionKeys(rawKeys);
  return changeTenantAccess(deps.dataSource, actor, async ({ manager, access }) => {
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
