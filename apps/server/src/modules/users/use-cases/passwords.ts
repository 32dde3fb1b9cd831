import { checkPassword } from '@access/domain';
import { revokeUserApiTokens } from '../../api-tokens/api-tokens.service.js';
import type { Actor } from '../../audit/actor.js';
import { revokeUserSessions } from '../../sessions/sessions.service.js';
import { hashPassword } from '../../auth/password-hashing.js';
import { assertUserAction } from '../user-state.js';
import { auditUserChange, passwordPolicyOf, tenantOf } from '../user-records.js';
import { lockManagedUser } from '../managed-user.js';
import { passwordRejected, passwordsDiffer } from '../users.errors.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { sendTemporaryPassword } from './send-temporary-password.js';
import { assertPasswordsManagedHere, signInModeOf } from '../sign-in-mode.js';

/**
 * A new temporary password by email; the user must choose their own at the next sign-in. A reset
 * means the old password may be known to someone else, so everything it could have opened ends:
 * sessions and API tokens alike.
 */
export function resetPassword(deps: UseCaseDeps, actor: Actor, id: string): Promise<string> {
  return deps.dataSource.transaction(async (manager) => {
    const user = await lockManagedUser(manager, actor, id);
    assertUserAction(user, 'resetPassword');
    assertPasswordsManagedHere(await signInModeOf(deps, manager, actor.tenantId), user);
    await sendTemporaryPassword(deps, manager, user, 'reset');
    user.version += 1;
    await manager.save(user);
    const sessionsEnded = await revokeUserSessions(manager, user.id, 'password_reset');
    const apiTokensRevoked = await revokeUserApiTokens(manager, user.id);
    await auditUserChange(manager, actor, 'user.reset_password', user, null, { temporaryPasswordSent: true, sessionsEnded, apiTokensRevoked });
    return user.id;
  });
}

/** The admin types the new password twice; the tenant's policy applies and every failed rule is reported. */
export function setPassword(deps: UseCaseDeps, actor: Actor, input: { userId: string; password: string; confirmation: string }): Promise<string> {
  return deps.dataSource.transaction(async (manager) => {
    const user = await lockManagedUser(manager, actor, input.userId);
    assertUserAction(user, 'setPassword');
    assertPasswordsManagedHere(await signInModeOf(deps, manager, actor.tenantId), user);
    const policy = passwordPolicyOf(await tenantOf(manager, actor.tenantId));
    const check = checkPassword(input.password, policy, { username: user.username, email: user.email });
    if (!check.ok) throw passwordRejected('password', check.failures);
    if (input.password !== input.confirmation) throw passwordsDiffer();
    user.passwordHash = await hashPassword(input.password);
    user.passwordIsTemporary = false;
    user.temporaryPasswordUsedAt = null;
    user.version += 1;
    await manager.save(user);
    const sessionsEnded = await revokeUserSessions(manager, user.id, 'password_set_by_admin');
    await auditUserChange(manager, actor, 'user.set_password', user, null, { passwordSet: true, sessionsEnded });
    return user.id;
  });
}

/**
 * The next sign-in must choose a new password; only for active users past introduction. Sessions
 * end too: otherwise the refresh cookie would renew them for weeks and the next sign-in, where the
 * change is asked for, would never come.
 */
export function forceReset(deps: UseCaseDeps, actor: Actor, id: string): Promise<string> {
  return deps.dataSource.transaction(async (manager) => {
    const user = await lockManagedUser(manager, actor, id);
    assertUserAction(user, 'forceReset');
    assertPasswordsManagedHere(await signInModeOf(deps, manager, actor.tenantId), user);
    const before = user.passwordChangeRequired;
    user.passwordChangeRequired = true;
    user.version += 1;
    await manager.save(user);
    const sessionsEnded = await revokeUserSessions(manager, user.id, 'password_reset_required');
    await auditUserChange(manager, actor, 'user.force_reset', user, { passwordChangeRequired: before }, { passwordChangeRequired: true, sessionsEnded });
    return user.id;
  });
}
