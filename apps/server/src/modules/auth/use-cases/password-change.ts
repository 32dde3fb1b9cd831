import { checkPassword } from '@access/domain';
import { BadUserInputError } from '../../../kernel/errors.js';
import type { RequestOrigin } from '../../audit/audit-entry.entity.js';
import { recordAudit } from '../../audit/audit.service.js';
import { AuthSessionEntity } from '../../sessions/auth-session.entity.js';
import { applyChosenPassword } from '../../users/chosen-password.js';
import { displayName } from '../../users/display-name.js';
import { lockUser, passwordPolicyOf, tenantOf } from '../../users/user-records.js';
import { passwordRejected } from '../../users/users.errors.js';
import type { AuthDeps } from '../deps.js';
import { lockoutOf, signInSettingsFor } from '../sign-in-settings.js';
import type { LoginOutcome } from '../login-outcome.js';
import { accountKey } from '../login-throttle.js';
import { verifyAgainstDummy, verifyPassword } from '../password-hashing.js';
import type { TenantUserPrincipal } from '../principal.js';
import { afterPassword } from './session-issue.js';

const wrongCurrentPassword = () => new BadUserInputError('currentPassword', 'The current password is not right');

/**
 * The one thing a pending-password-change token can do. The new password follows the tenant's
 * policy and must differ from the one it replaces (the temporary one, typically).
 */
export async function completePasswordChange(deps: AuthDeps, principal: TenantUserPrincipal, newPassword: string, origin: RequestOrigin): Promise<LoginOutcome> {
  await deps.dataSource.transaction(async (manager) => {
    const user = await lockUser(manager, principal.tenantId, principal.userId);
    const policy = passwordPolicyOf(await tenantOf(manager, user.tenantId));
    const check = checkPassword(newPassword, policy, { username: user.username, email: user.email });
    const failures = [...check.failures];
    if (user.passwordHash && (await verifyPassword(user.passwordHash, newPassword))) {
      failures.push(
        user.passwordIsTemporary
          ? { rule: 'same_as_temporary', message: 'Choose a password different from the temporary one' }
          : { rule: 'same_as_previous', message: 'Choose a password different from the current one' },
      );
    }
    if (failures.length > 0) throw passwordRejected('newPassword', failures);
    await applyChosenPassword(user, newPassword);
    await manager.save(user);
    await recordAudit(
      manager,
      { tenantId: user.tenantId, userId: user.id, superAdminId: null, label: displayName(user), origin },
      { action: 'user.change_own_password', targetType: 'user', targetId: user.id, targetLabel: displayName(user), after: { passwordSet: true } },
    );
  });
  return afterPassword(deps, { kind: 'user', userId: principal.userId, tenantId: principal.tenantId }, origin);
}

/**
 * Self-service password change: the current password proves it is really them. Other sessions
 * end, this one continues. Wrong current passwords count towards the sign-in lockout, and a
 * locked account is refused with the same answer, so a borrowed session cannot guess the
 * password any faster than the sign-in form could.
 */
export async function changeOwnPassword(
  deps: AuthDeps,
  principal: TenantUserPrincipal,
  currentPassword: string,
  newPassword: string,
  origin: RequestOrigin,
): Promise<void> {
  const keys = { account: accountKey.user(principal.userId), address: accountKey.address(origin.ip) };
  const reservation = await deps.throttle.reserve(keys, lockoutOf(await signInSettingsFor(deps, { kind: 'user', userId: principal.userId, tenantId: principal.tenantId })));
  if (!reservation.allowed) {
    await verifyAgainstDummy(currentPassword);
    await auditOwnPasswordRefusal(deps, principal, 'LOCKED_OUT', null, origin);
    throw wrongCurrentPassword();
  }
  const current = { verified: false };
  try {
    await deps.dataSource.transaction(async (manager) => {
      const user = await lockUser(manager, principal.tenantId, principal.userId);
      if (!user.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) return;
      current.verified = true;
      const policy = passwordPolicyOf(await tenantOf(manager, user.tenantId));
      const check = checkPassword(newPassword, policy, { username: user.username, email: user.email, previous: currentPassword });
      if (!check.ok) throw passwordRejected('newPassword', check.failures);
      await applyChosenPassword(user, newPassword);
      await manager.save(user);
      const ended = await manager
        .createQueryBuilder()
        .update(AuthSessionEntity)
        .set({ revokedAt: () => 'now()', revokedReason: 'password_changed' })
        .where('user_id = :userId AND revoked_at IS NULL', { userId: user.id })
        .andWhere(principal.sessionId ? 'id <> :current' : '1 = 1', { current: principal.sessionId })
        .execute();
      const self = { tenantId: user.tenantId, userId: user.id, superAdminId: null, label: displayName(user), origin };
      await recordAudit(manager, self, {
        action: 'user.change_own_password',
        targetType: 'user',
        targetId: user.id,
        targetLabel: displayName(user),
        after: { passwordSet: true, otherSessionsEnded: ended.affected ?? 0 },
      });
    });
  } finally {
    // A right current password is not a failure, even when the new one is then refused.
    if (current.verified) await deps.throttle.release(keys);
  }
  if (!current.verified) {
    await auditOwnPasswordRefusal(deps, principal, 'WRONG_PASSWORD', reservation.lockedNow ? reservation.lockedUntil : null, origin);
    throw wrongCurrentPassword();
  }
}

async function auditOwnPasswordRefusal(deps: AuthDeps, principal: TenantUserPrincipal, reason: string, lockedUntil: Date | null, origin: RequestOrigin): Promise<void> {
  const actor = { tenantId: principal.tenantId, userId: principal.userId, superAdminId: null, label: principal.displayName, origin };
  const target = { targetType: 'user' as const, targetId: principal.userId, targetLabel: principal.displayName };
  await deps.dataSource.transaction(async (manager) => {
    await recordAudit(manager, actor, { action: 'user.change_own_password_refused', ...target, after: { reason } });
    if (lockedUntil) await recordAudit(manager, actor, { action: 'auth.lockout', ...target, after: { lockedUntil: lockedUntil.toISOString() } });
  });
}
