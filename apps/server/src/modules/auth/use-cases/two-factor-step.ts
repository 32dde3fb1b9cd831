import type { EntityManager } from 'typeorm';
import { BadUserInputError, UnauthenticatedError } from '../../../kernel/errors.js';
import type { RequestOrigin } from '../../audit/audit-entry.entity.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { IssuedRefresh } from '../../sessions/sessions.service.js';
import { SuperAdminEntity } from '../../super-admins/super-admin.entity.js';
import { superAdminTotpAccount, userTotpAccount, type TotpAccount } from '../../two-factor/totp-account.js';
import { displayName } from '../../users/display-name.js';
import { lockUser, tenantOf } from '../../users/user-records.js';
import { UserEntity } from '../../users/user.entity.js';
import type { TokenSubject, TwoFactorStep } from '../access-tokens.js';
import type { AuthDeps } from '../deps.js';
import type { LoginOutcome } from '../login-outcome.js';
import { accountKey } from '../login-throttle.js';
import { auditRefusal, auditSuperAdminRefusal, sessionFor, startSession } from './session-issue.js';
import { lockoutOf, signInSettingsFor } from '../sign-in-settings.js';

const INVALID_CODE = 'The code is not valid. Use the current code from your authenticator app, or a recovery code.';

type SignedIn = TokenSubject & { twoFactorStep?: undefined };

/** The signed-in subject a step token stands for, once the step is done; null for any other token. */
async function stepSubject(deps: AuthDeps, token: string, step: TwoFactorStep): Promise<{ signedIn: SignedIn; stepTokenId?: string } | null> {
  const subject = await deps.tokens.verify(token);
  if (!subject || subject.twoFactorStep !== step) return null;
  const signedIn: SignedIn =
    subject.kind === 'user' ? { kind: 'user', userId: subject.userId, tenantId: subject.tenantId } : { kind: 'super_admin', superAdminId: subject.superAdminId };
  return { signedIn, ...(subject.stepTokenId ? { stepTokenId: subject.stepTokenId } : {}) };
}

/** The account behind a step, locked in the caller's transaction so two answers cannot both win. */
async function lockAccount(manager: EntityManager, subject: SignedIn): Promise<{ account: TotpAccount; label: string }> {
  if (subject.kind === 'user') {
    const user = await lockUser(manager, subject.tenantId, subject.userId);
    return { account: userTotpAccount(user, (await tenantOf(manager, user.tenantId)).slug), label: displayName(user) };
  }
  const admin = await manager
    .getRepository(SuperAdminEntity)
    .createQueryBuilder('admin')
    .setLock('pessimistic_write')
    .where('admin.id = :id AND admin.deactivated_at IS NULL', { id: subject.superAdminId })
    .getOne();
  if (!admin) throw new UnauthenticatedError('Sign in again');
  return { account: superAdminTotpAccount(admin), label: `${admin.displayName} (super admin)` };
}

const throttleKey = (subject: SignedIn) => (subject.kind === 'user' ? accountKey.user(subject.userId) : accountKey.superAdmin(subject.superAdminId));

/** A refused step is audited where the account lives: the user's tenant, or the platform trail. */
async function auditStepRefusal(deps: AuthDeps, subject: SignedIn, reason: string, lockedUntil: Date | null, origin: RequestOrigin): Promise<void> {
  if (subject.kind === 'user') {
    const user = await deps.dataSource.getRepository(UserEntity).findOneBy({ id: subject.userId });
    if (user) await auditRefusal(deps, { tenantId: subject.tenantId, user, reason, lockedUntil }, origin);
    return;
  }
  const admin = await deps.dataSource.getRepository(SuperAdminEntity).findOneBy({ id: subject.superAdminId });
  if (admin) await auditSuperAdminRefusal(deps, admin, reason, lockedUntil, origin);
}

/**
 * The second step of a sign-in: a TOTP code (accepted once) or a recovery code. Failures count
 * towards the lockout. The challenge token opens one session only: the check and the new session
 * share the transaction that holds the account's row lock, so two answers sent at once cannot both win.
 */
export async function verifyTwoFactor(deps: AuthDeps, challengeToken: string, code: string, origin: RequestOrigin): Promise<LoginOutcome> {
  const step = await stepSubject(deps, challengeToken, 'totp_challenge');
  if (!step?.stepTokenId) throw new UnauthenticatedError('Sign in again');
  const { signedIn } = step;
  const challengeId = step.stepTokenId;
  const keys = { account: throttleKey(signedIn), address: accountKey.address(origin.ip) };
  const settings = await signInSettingsFor(deps, signedIn);
  const reservation = await deps.throttle.reserve(keys, lockoutOf(settings));
  const outcome: IssuedRefresh | 'LOCKED_OUT' | 'CHALLENGE_ALREADY_USED' | 'WRONG_TOTP' = !reservation.allowed
    ? 'LOCKED_OUT'
    : await deps.dataSource.transaction(async (manager) => {
        const { account } = await lockAccount(manager, signedIn);
        // Checked before the code, so a replayed challenge does not use up the account's current code.
        if (await deps.sessions.challengeAnswered(manager, challengeId)) return 'CHALLENGE_ALREADY_USED';
        if (!(await deps.twoFactor.verifyCode(manager, account, code))) return 'WRONG_TOTP';
        return deps.sessions.start(signedIn, origin, { manager, twoFactorChallengeId: challengeId }, settings.sessionLifetimeDays);
      });
  if (typeof outcome === 'string') {
    await auditStepRefusal(deps, signedIn, outcome, reservation.lockedNow ? reservation.lockedUntil : null, origin);
    throw new UnauthenticatedError(outcome === 'CHALLENGE_ALREADY_USED' ? 'Sign in again' : INVALID_CODE);
  }
  await deps.throttle.release(keys);
  return sessionFor(deps, signedIn, outcome, settings);
}

/** Confirms a new authenticator with its first code; returns the recovery codes and a session. */
export async function confirmTwoFactorEnrollment(
  deps: AuthDeps,
  enrollmentToken: string,
  code: string,
  origin: RequestOrigin,
): Promise<{ recoveryCodes: string[]; session: LoginOutcome & { kind: 'session' } }> {
  const step = await stepSubject(deps, enrollmentToken, 'totp_enroll');
  if (!step) throw new UnauthenticatedError('Sign in again');
  const { signedIn } = step;
  const recoveryCodes = await deps.dataSource.transaction(async (manager) => {
    const { account, label } = await lockAccount(manager, signedIn);
    const codes = await deps.twoFactor.confirmEnrollment(manager, account, code);
    if (codes) {
      const self =
        signedIn.kind === 'user'
          ? { tenantId: signedIn.tenantId, userId: signedIn.userId, superAdminId: null, label, origin }
          : { tenantId: null, userId: null, superAdminId: signedIn.superAdminId, label, origin };
      await recordAudit(manager, self, {
        action: signedIn.kind === 'user' ? 'user.two_factor_enrolled' : 'super_admin.two_factor_enrolled',
        targetType: signedIn.kind === 'user' ? 'user' : 'super_admin',
        targetId: account.id,
        targetLabel: label,
        after: { method: 'totp' },
      });
    }
    return codes;
  });
  if (!recoveryCodes) throw new BadUserInputError('code', INVALID_CODE);
  return { recoveryCodes, session: await startSession(deps, signedIn, origin) };
}
