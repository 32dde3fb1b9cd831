import { BadUserInputError, UnauthenticatedError } from '../../../kernel/errors.js';
import type { RequestOrigin } from '../../audit/audit-entry.entity.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { IssuedRefresh } from '../../sessions/sessions.service.js';
import { displayName } from '../../users/display-name.js';
import { lockUser } from '../../users/user-records.js';
import { UserEntity } from '../../users/user.entity.js';
import type { TokenSubject } from '../access-tokens.js';
import type { AuthDeps } from '../deps.js';
import type { LoginOutcome } from '../login-outcome.js';
import { accountKey } from '../login-throttle.js';
import { auditRefusal, sessionFor, startSession } from './session-issue.js';

const INVALID_CODE = 'The code is not valid. Use the current code from your authenticator app, or a recovery code.';

/**
 * The second step of a sign-in: a TOTP code (accepted once) or a recovery code. Failures count
 * towards the lockout. The challenge token opens one session only: the check and the new session
 * share the transaction that holds the user's row lock, so two answers sent at once cannot both win.
 */
export async function verifyTwoFactor(deps: AuthDeps, challengeToken: string, code: string, origin: RequestOrigin): Promise<LoginOutcome> {
  const subject = await deps.tokens.verify(challengeToken);
  if (subject?.kind !== 'user' || subject.twoFactorStep !== 'totp_challenge' || !subject.stepTokenId) throw new UnauthenticatedError('Sign in again');
  const challengeId = subject.stepTokenId;
  const signedIn: TokenSubject = { kind: 'user', userId: subject.userId, tenantId: subject.tenantId };
  const keys = { account: accountKey.user(subject.userId), address: accountKey.address(origin.ip) };
  const reservation = await deps.throttle.reserve(keys);
  const outcome: IssuedRefresh | 'LOCKED_OUT' | 'CHALLENGE_ALREADY_USED' | 'WRONG_TOTP' = !reservation.allowed
    ? 'LOCKED_OUT'
    : await deps.dataSource.transaction(async (manager) => {
        const user = await lockUser(manager, subject.tenantId, subject.userId);
        // Checked before the code, so a replayed challenge does not use up the user's current code.
        if (await deps.sessions.challengeAnswered(manager, challengeId)) return 'CHALLENGE_ALREADY_USED';
        if (!(await deps.twoFactor.verifyCode(manager, user, code))) return 'WRONG_TOTP';
        return deps.sessions.start(signedIn, origin, { manager, twoFactorChallengeId: challengeId });
      });
  if (typeof outcome === 'string') {
    const user = await deps.dataSource.getRepository(UserEntity).findOneBy({ id: subject.userId });
    if (user) {
      await auditRefusal(
        deps,
        { tenantId: subject.tenantId, user, reason: outcome, lockedUntil: reservation.lockedNow ? reservation.lockedUntil : null },
        origin,
      );
    }
    throw new UnauthenticatedError(outcome === 'CHALLENGE_ALREADY_USED' ? 'Sign in again' : INVALID_CODE);
  }
  await deps.throttle.release(keys);
  return sessionFor(deps, signedIn, outcome);
}

/** Confirms a new authenticator with its first code; returns the recovery codes and a session. */
export async function confirmTwoFactorEnrollment(
  deps: AuthDeps,
  enrollmentToken: string,
  code: string,
  origin: RequestOrigin,
): Promise<{ recoveryCodes: string[]; session: LoginOutcome & { kind: 'session' } }> {
  const subject = await deps.tokens.verify(enrollmentToken);
  if (subject?.kind !== 'user' || subject.twoFactorStep !== 'totp_enroll') throw new UnauthenticatedError('Sign in again');
  const recoveryCodes = await deps.dataSource.transaction(async (manager) => {
    const user = await lockUser(manager, subject.tenantId, subject.userId);
    const codes = await deps.twoFactor.confirmEnrollment(manager, user, code);
    if (codes) {
      await recordAudit(
        manager,
        { tenantId: user.tenantId, userId: user.id, superAdminId: null, label: displayName(user), origin },
        { action: 'user.two_factor_enrolled', targetType: 'user', targetId: user.id, targetLabel: displayName(user), after: { method: 'totp' } },
      );
    }
    return codes;
  });
  if (!recoveryCodes) throw new BadUserInputError('code', INVALID_CODE);
  return { recoveryCodes, session: await startSession(deps, { kind: 'user', userId: subject.userId, tenantId: subject.tenantId }, origin) };
}
