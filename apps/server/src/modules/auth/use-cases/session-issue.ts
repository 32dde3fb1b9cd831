import type { TenantSettings } from '@access/domain';
import { UnauthenticatedError } from '../../../kernel/errors.js';
import type { RequestOrigin } from '../../audit/audit-entry.entity.js';
import { recordAudit } from '../../audit/audit.service.js';
import { displayName } from '../../users/display-name.js';
import { UserEntity } from '../../users/user.entity.js';
import type { TokenSubject } from '../access-tokens.js';
import type { AuthDeps } from '../deps.js';
import type { LoginOutcome } from '../login-outcome.js';
import { accountKey } from '../login-throttle.js';
import { principalFor } from '../token-principal.js';
import { signInSettingsFor } from '../sign-in-settings.js';
import { settingsOf } from '../../tenants/tenant-settings.js';
import type { IssuedRefresh } from '../../sessions/sessions.service.js';
import { SuperAdminEntity } from '../../super-admins/super-admin.entity.js';
import { superAdminTotpAccount, userTotpAccount, type TotpAccount } from '../../two-factor/totp-account.js';
import { TwoFactorService } from '../../two-factor/two-factor.service.js';

export const INVALID_CREDENTIALS = 'Invalid username or password';

export interface Refusal {
  /** Null when the organisation typed at sign-in does not exist: the refusal goes to the platform trail. */
  tenantId: string | null;
  /** Null when no account has the name typed; `login` then says what was typed. */
  user: UserEntity | null;
  login?: string;
  reason: string;
  /** Set when this failure is the one that locked the account. */
  lockedUntil?: Date | null;
}

/** The password is settled: a second factor if the account has or needs one, else a session. */
export async function afterPassword(deps: AuthDeps, subject: TokenSubject, origin: RequestOrigin): Promise<LoginOutcome> {
  const account = await totpAccountOf(deps, subject);
  const step = account ? TwoFactorService.nextStep(account) : null;
  if (account && step === 'totp_challenge') {
    const { token, expiresAt } = await deps.tokens.issue({ ...subject, twoFactorStep: step });
    return { kind: 'totp_challenge', challengeToken: token, expiresAt };
  }
  if (account && step === 'totp_enroll') {
    const { token, expiresAt } = await deps.tokens.issue({ ...subject, twoFactorStep: step });
    return { kind: 'totp_enroll', enrollmentToken: token, expiresAt, enrollment: await deps.twoFactor.beginEnrollment(account) };
  }
  return startSession(deps, subject, origin);
}

async function totpAccountOf(deps: AuthDeps, subject: TokenSubject): Promise<TotpAccount | null> {
  if (subject.kind === 'super_admin') {
    const admin = await deps.dataSource.getRepository(SuperAdminEntity).findOneBy({ id: subject.superAdminId });
    return admin ? superAdminTotpAccount(admin) : null;
  }
  const user = await deps.dataSource.getRepository(UserEntity).findOne({ where: { id: subject.userId }, relations: { tenant: true } });
  if (!user) return null;
  const account = userTotpAccount(user, user.tenant!.slug);
  // "2FA for everyone" adds to the user's own flag; it never removes an enrolled authenticator.
  return settingsOf(user.tenant!, deps.platformDefaults).twoFactorRequiredForAll ? { ...account, twoFactorRequired: true } : account;
}

export async function startSession(deps: AuthDeps, subject: TokenSubject, origin: RequestOrigin): Promise<LoginOutcome & { kind: 'session' }> {
  const settings = await signInSettingsFor(deps, subject);
  return sessionFor(deps, subject, await deps.sessions.start(subject, origin, undefined, settings.sessionLifetimeDays), settings);
}

/**
 * The access token and principal for a session that has just been committed. Every sign-in ends
 * here, whatever steps it took, so this is where the account's failures are forgotten. `settings`
 * are the sign-in settings the caller already read for this subject (the token's lifetime).
 */
export async function sessionFor(
  deps: AuthDeps,
  subject: TokenSubject,
  refresh: IssuedRefresh,
  settings: TenantSettings,
): Promise<LoginOutcome & { kind: 'session' }> {
  const withSession = { ...subject, sessionId: refresh.sessionId };
  const principal = await principalFor(deps, withSession);
  if (!principal) throw new UnauthenticatedError(INVALID_CREDENTIALS);
  await deps.throttle.succeeded(subject.kind === 'user' ? accountKey.user(subject.userId) : accountKey.superAdmin(subject.superAdminId));
  const { token, expiresAt } = await deps.tokens.issue(withSession, settings.accessTokenTtlSeconds);
  deps.signIns.succeeded();
  return { kind: 'session', accessToken: token, expiresAt, principal, refresh };
}

/** Every refused step of a tenant user's sign-in is audited here, and counted once it is. */
export async function auditRefusal(deps: AuthDeps, refusal: Refusal, origin: RequestOrigin): Promise<void> {
  const actor = { tenantId: refusal.tenantId, userId: null, superAdminId: null, label: 'Sign-in attempt', origin };
  const target = refusal.user
    ? { targetType: 'user' as const, targetId: refusal.user.id, targetLabel: displayName(refusal.user) }
    : { targetType: 'user' as const, targetId: null, targetLabel: typedLogin(refusal.login) };
  await deps.dataSource.transaction(async (manager) => {
    await recordAudit(manager, actor, { action: 'auth.login_refused', ...target, after: { reason: refusal.reason } });
    if (refusal.lockedUntil) {
      await recordAudit(manager, actor, { action: 'auth.lockout', ...target, after: { lockedUntil: refusal.lockedUntil.toISOString() } });
    }
  });
  countRefusal(deps, refusal.reason, refusal.lockedUntil ?? null);
}

function countRefusal(deps: AuthDeps, reason: string, lockedUntil: Date | null): void {
  deps.signIns.refused(reason);
  if (lockedUntil) deps.signIns.lockedOut();
}

/** What was typed as a username, as the audit log may show it: the column holds 200 characters. */
const typedLogin = (login: string | undefined): string => (login ?? '').slice(0, 200);

/**
 * Refused sign-ins on a super admin account go to the platform trail: there is no tenant to hold
 * them. A name no account has is recorded too, as typed: every refusal then costs the same.
 */
export async function auditSuperAdminRefusal(
  deps: AuthDeps,
  admin: Pick<SuperAdminEntity, 'id' | 'displayName'> | { id: null; typed: string },
  reason: string,
  lockedUntil: Date | null,
  origin: RequestOrigin,
): Promise<void> {
  const actor = { tenantId: null, userId: null, superAdminId: null, label: 'Sign-in attempt', origin };
  const target = {
    targetType: 'super_admin' as const,
    targetId: admin.id,
    targetLabel: 'typed' in admin ? typedLogin(admin.typed) : admin.displayName,
  };
  await deps.dataSource.transaction(async (manager) => {
    await recordAudit(manager, actor, { action: 'auth.login_refused', ...target, after: { reason } });
    if (lockedUntil) await recordAudit(manager, actor, { action: 'auth.lockout', ...target, after: { lockedUntil: lockedUntil.toISOString() } });
  });
  countRefusal(deps, reason, lockedUntil);
}
