import type { EntityManager } from 'typeorm';
import { revokeUserApiTokens } from '../../api-tokens/api-tokens.service.js';
import type { Actor } from '../../audit/actor.js';
import { revokeUserSessions } from '../../sessions/sessions.service.js';
import { assertTenantKeepsAdministrator, lockTenantAdministrators } from '../lockout-guard.js';
import { assertUserAction } from '../user-state.js';
import { auditUserChange, userSnapshot } from '../user-records.js';
import { lockManagedUser } from '../managed-user.js';
import type { UserEntity } from '../user.entity.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { sendTemporaryPassword } from './send-temporary-password.js';
import { assertPasswordsManagedHere, signInModeOf } from '../sign-in-mode.js';

type Change = (manager: EntityManager, user: UserEntity) => Promise<Record<string, unknown> | void>;

/** One lifecycle step: lock, check the state allows it, change, save, audit; one transaction. */
function step(deps: UseCaseDeps, actor: Actor, id: string, action: string, change: Change, options: { withDeleted?: boolean; removesUser?: boolean } = {}) {
  return deps.dataSource.transaction(async (manager) => {
    if (options.removesUser) await lockTenantAdministrators(manager, actor.tenantId);
    const user = await lockManagedUser(manager, actor, id, options);
    const before = userSnapshot(user);
    const extra = await change(manager, user);
    user.version += 1;
    await manager.save(user);
    await auditUserChange(manager, actor, action, user, { state: before.state }, { state: userSnapshot(user).state, ...(extra ?? {}) });
    return user.id;
  });
}

/**
 * Hold Invite off: a temporary password is emailed; the first sign-in must choose a new one.
 * `precondition` lets a caller (Activate & Invite) refuse with its own reason inside the same transaction.
 */
export const releaseAccess = (deps: UseCaseDeps, actor: Actor, id: string, precondition?: (user: UserEntity) => void) =>
  step(deps, actor, id, 'user.release_access', async (manager, user) => {
    precondition?.(user);
    assertUserAction(user, 'releaseAccess');
    assertPasswordsManagedHere(await signInModeOf(deps, manager, actor.tenantId), user);
    user.holdInvite = false;
    await sendTemporaryPassword(deps, manager, user);
    return { temporaryPasswordSent: true };
  });

/**
 * Stops sign-in (sessions and tokens end with it: every request re-reads the account), and takes
 * the user out of approval groups and holiday delegations. History stays.
 */
export const deactivateUser = (deps: UseCaseDeps, actor: Actor, id: string) =>
  step(deps, actor, id, 'user.deactivate', async (manager, user) => {
    assertUserAction(user, 'deactivate');
    await assertTenantKeepsAdministrator(manager, actor.tenantId, { userId: user.id, removed: true }, 'Deactivating this user');
    user.isActive = false;
    const sessionsEnded = await revokeUserSessions(manager, user.id, 'deactivated');
    const apiTokensRevoked = await revokeUserApiTokens(manager, user.id);
    return { ...(await removeFromApprovals(manager, user.id)), sessionsEnded, apiTokensRevoked };
  }, { removesUser: true });

/** Back to work with the last password they had. */
export const reactivateUser = (deps: UseCaseDeps, actor: Actor, id: string) =>
  step(deps, actor, id, 'user.reactivate', async (_manager, user) => {
    assertUserAction(user, 'reactivate');
    user.isActive = true;
  });

/** Soft delete: hidden from tenant users, sign-in blocked, history attached. */
export const deleteUser = (deps: UseCaseDeps, actor: Actor, id: string) =>
  step(deps, actor, id, 'user.delete', async (manager, user) => {
    assertUserAction(user, 'delete');
    await assertTenantKeepsAdministrator(manager, actor.tenantId, { userId: user.id, removed: true }, 'Deleting this user');
    user.deletedAt = new Date();
    const sessionsEnded = await revokeUserSessions(manager, user.id, 'deleted');
    const apiTokensRevoked = await revokeUserApiTokens(manager, user.id);
    return { ...(await removeFromApprovals(manager, user.id)), sessionsEnded, apiTokensRevoked };
  }, { removesUser: true });

/** Super Admin Active mode only: the user becomes active again. */
export const restoreUser = (deps: UseCaseDeps, actor: Actor, id: string) =>
  step(
    deps,
    actor,
    id,
    'user.restore',
    async (_manager, user) => {
      assertUserAction(user, 'restore');
      user.deletedAt = null;
      user.isActive = true;
    },
    { withDeleted: true },
  );

async function removeFromApprovals(manager: EntityManager, userId: string): Promise<Record<string, unknown>> {
  const groups: Array<{ name: string }> = await manager.query(
    'SELECT g.name FROM approval_group_member m JOIN approval_group g ON g.id = m.group_id WHERE m.user_id = $1 ORDER BY g.name',
    [userId],
  );
  await manager.query('DELETE FROM approval_group_member WHERE user_id = $1', [userId]);
  const delegations = await manager
    .createQueryBuilder()
    .delete()
    .from('holiday_delegation')
    .where('delegator_id = :userId OR delegate_id = :userId', { userId })
    .execute();
  return { removedFromApprovalGroups: groups.map((group) => group.name), removedHolidayDelegations: delegations.affected ?? 0 };
}
