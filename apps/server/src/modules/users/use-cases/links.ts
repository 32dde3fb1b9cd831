import { checkPassword, checkUserAction } from '@access/domain';
import { IsNull, type EntityManager } from 'typeorm';
import { BadUserInputError } from '../../../kernel/errors.js';
import { revokeUserApiTokens } from '../../api-tokens/api-tokens.service.js';
import type { Actor } from '../../audit/actor.js';
import type { RequestOrigin } from '../../audit/audit-entry.entity.js';
import { recordAudit } from '../../audit/audit.service.js';
import { activationLinkEmail, resetLinkEmail } from '../../mail/templates.js';
import { revokeUserSessions } from '../../sessions/sessions.service.js';
import { applyChosenPassword } from '../chosen-password.js';
import { displayName } from '../display-name.js';
import { hashLinkToken, LINK_LIFETIME_HOURS, newLinkToken } from '../link-tokens.js';
import { UserTokenEntity, type UserTokenKind } from '../user-token.entity.js';
import type { UserEntity } from '../user.entity.js';
import { assertUserAction, stateOf } from '../user-state.js';
import { auditUserChange, lockUser, passwordPolicyOf, tenantOf } from '../user-records.js';
import { lockManagedUser } from '../managed-user.js';
import { assertPasswordsManagedHere, signInModeOf } from '../sign-in-mode.js';
import { passwordRejected } from '../users.errors.js';
import type { UseCaseDeps } from '../../use-case-deps.js';

const PATHS: Record<UserTokenKind, string> = { activation: '/activate', password_reset: '/reset-password' };

/**
 * Issues a single-use link (activation for released users, password reset for active ones),
 * revoking the previous one of that kind; the URL is returned once and emailed.
 */
export function issueLink(deps: UseCaseDeps, actor: Actor, userId: string, kind: UserTokenKind) {
  return deps.dataSource.transaction(async (manager) => {
    const user = await lockManagedUser(manager, actor, userId);
    assertUserAction(user, kind === 'activation' ? 'sendActivationLink' : 'sendResetLink');
    assertPasswordsManagedHere(await signInModeOf(deps, manager, actor.tenantId), user);
    return issueLinkIn(deps, manager, actor, user, kind);
  });
}

/**
 * The body of issueLink inside the caller's transaction, for a user it has already locked and
 * checked (a new tenant's first administrator is invited this way).
 */
export async function issueLinkIn(deps: UseCaseDeps, manager: EntityManager, actor: Actor, user: UserEntity, kind: UserTokenKind) {
  const now = new Date();
  await manager.update(UserTokenEntity, { userId: user.id, kind, usedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: now });
  const { token, hash } = newLinkToken();
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_HOURS[kind] * 3_600_000);
  await manager.insert(UserTokenEntity, { tenantId: actor.tenantId, userId: user.id, kind, tokenHash: hash, expiresAt });
  const tenant = await tenantOf(manager, actor.tenantId);
  const url = `${deps.appUrl}${PATHS[kind]}?token=${token}`;
  const recipient = { id: user.id, tenantId: user.tenantId, email: user.email, name: displayName(user), username: user.username };
  await deps.mailer.send(
    kind === 'activation' ? activationLinkEmail(recipient, tenant, url, expiresAt) : resetLinkEmail(recipient, tenant, url, expiresAt),
    manager,
  );
  await auditUserChange(manager, actor, `user.${kind}_link.create`, user, null, { expiresAt: expiresAt.toISOString() });
  return { url, expiresAt, emailed: true };
}

export function revokeLinks(deps: UseCaseDeps, actor: Actor, userId: string, kind: UserTokenKind): Promise<number> {
  return deps.dataSource.transaction(async (manager) => {
    const user = await lockManagedUser(manager, actor, userId);
    const result = await manager.update(
      UserTokenEntity,
      { userId: user.id, kind, usedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    const revoked = result.affected ?? 0;
    if (revoked > 0) await auditUserChange(manager, actor, `user.${kind}_link.revoke`, user, null, { revoked });
    return revoked;
  });
}

const INVALID_LINK = () => new BadUserInputError('token', 'This link is not valid any more: it was used, revoked or has expired. Ask for a new one.', { reason: 'LINK_INVALID' });

/**
 * The public side of a link: the person who holds it chooses a password. Activation also
 * completes the account; a reset link works only while the user is active. Whoever held the old
 * password may hold its sessions and API tokens too, so they all end with it.
 */
export function redeemLink(deps: UseCaseDeps, kind: UserTokenKind, token: string, password: string, origin: RequestOrigin): Promise<void> {
  return deps.dataSource.transaction(async (manager) => {
    const record = await manager
      .getRepository(UserTokenEntity)
      .createQueryBuilder('token')
      .setLock('pessimistic_write')
      .where('token.token_hash = :hash AND token.kind = :kind', { hash: hashLinkToken(token), kind })
      .getOne();
    if (!record || record.usedAt || record.revokedAt || record.expiresAt.getTime() <= Date.now()) throw INVALID_LINK();
    const user = await lockUser(manager, record.tenantId, record.userId).catch(() => {
      throw INVALID_LINK();
    });
    if (!checkUserAction(stateOf(user), kind === 'activation' ? 'completeActivation' : 'sendResetLink').allowed) throw INVALID_LINK();

    const tenant = await tenantOf(manager, user.tenantId);
    // Nobody of a suspended tenant can sign in, so a link must not hand out a working password either.
    if (tenant.suspendedAt) throw INVALID_LINK();
    const policy = passwordPolicyOf(tenant);
    const check = checkPassword(password, policy, { username: user.username, email: user.email });
    if (!check.ok) throw passwordRejected('password', check.failures);

    await applyChosenPassword(user, password);
    await manager.save(user);
    record.usedAt = new Date();
    await manager.save(record);
    const sessionsEnded = await revokeUserSessions(manager, user.id, kind === 'activation' ? 'activated_with_link' : 'password_reset_with_link');
    const apiTokensRevoked = await revokeUserApiTokens(manager, user.id);
    const self = { tenantId: user.tenantId, userId: user.id, superAdminId: null, label: displayName(user), origin };
    await recordAudit(manager, self, {
      action: kind === 'activation' ? 'user.activate_with_link' : 'user.reset_password_with_link',
      targetType: 'user',
      targetId: user.id,
      targetLabel: displayName(user),
      after: { passwordSet: true, sessionsEnded, apiTokensRevoked },
    });
  });
}
