import { checkPassword, checkUserAction } from '@access/domain';
import type { DataSource } from 'typeorm';
import type { Principal, TenantUserPrincipal } from './principal.js';
import { BadUserInputError, UnauthenticatedError } from '../../kernel/errors.js';
import type { RequestOrigin } from '../audit/audit-entry.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { SuperAdminEntity } from '../super-admins/super-admin.entity.js';
import { TenantEntity } from '../tenants/tenant.entity.js';
import { displayName } from '../users/display-name.js';
import { isPlannerUser } from '../planner/planner-user.mapper.js';
import { stateOf } from '../users/user-state.js';
import { applyChosenPassword } from '../users/chosen-password.js';
import { lockUser, passwordPolicyOf, tenantOf } from '../users/user-records.js';
import { UserEntity } from '../users/user.entity.js';
import { passwordRejected } from '../users/users.errors.js';
import type { AccessTokens, TokenSubject } from './access-tokens.js';
import type { LoginInput } from './dto/login.input.js';
import { LoginEventEntity } from './login-event.entity.js';
import { accountKey, type LoginThrottle } from './login-throttle.js';
import { AuthSessionEntity } from '../sessions/auth-session.entity.js';
import type { IssuedRefresh, SessionsService } from '../sessions/sessions.service.js';
import { API_TOKEN_PREFIX, type ApiTokensService } from '../api-tokens/api-tokens.service.js';
import { TwoFactorService, type Enrollment } from '../two-factor/two-factor.service.js';
import { verifyAgainstDummy, verifyPassword } from './password-hashing.js';

const INVALID_CREDENTIALS = 'Invalid username or password';

export type LoginOutcome =
  | { kind: 'session'; accessToken: string; expiresAt: Date; principal: Principal; refresh: IssuedRefresh }
  | { kind: 'password_change'; changeToken: string; expiresAt: Date; reason: 'temporary_password' | 'reset_required' }
  | { kind: 'totp_challenge'; challengeToken: string; expiresAt: Date }
  | { kind: 'totp_enroll'; enrollmentToken: string; expiresAt: Date; enrollment: Enrollment };

const wrongCurrentPassword = () => new BadUserInputError('currentPassword', 'The current password is not right');

const INVALID_CODE = 'The code is not valid. Use the current code from your authenticator app, or a recovery code.';

interface Refusal {
  tenantId: string;
  user: UserEntity;
  reason: string;
  /** Set when this failure is the one that locked the account. */
  lockedUntil?: Date | null;
}

type Attempt = { ok: true; subject: TokenSubject; temporary?: boolean } | { ok: false; refusal?: Refusal };

export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: AccessTokens,
    private readonly throttle: LoginThrottle,
    private readonly sessions: SessionsService,
    private readonly apiTokens: ApiTokensService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  /**
   * One message for every refusal, so a caller cannot learn which usernames exist or what state
   * an account is in; the real reason goes to the tenant's audit log.
   */
  async login(input: LoginInput, origin: RequestOrigin): Promise<LoginOutcome> {
    const tenantSlug = input.tenant?.trim().toLowerCase();
    const address = accountKey.address(origin.ip);
    const attempt = tenantSlug
      ? await this.authenticateTenantUser(tenantSlug, input.username.trim(), input.password, address)
      : await this.authenticateSuperAdmin(input.username.trim(), input.password, address);
    if (!attempt.ok) {
      if (attempt.refusal) await this.auditRefusal(attempt.refusal, origin);
      throw new UnauthenticatedError(INVALID_CREDENTIALS);
    }
    if (attempt.subject.kind === 'user' && attempt.subject.pendingPasswordChange) {
      const { token, expiresAt } = await this.tokens.issue(attempt.subject);
      return { kind: 'password_change', changeToken: token, expiresAt, reason: attempt.temporary ? 'temporary_password' : 'reset_required' };
    }
    return this.afterPassword(attempt.subject, origin);
  }

  /** The password is settled: a second factor if the account has or needs one, else a session. */
  private async afterPassword(subject: TokenSubject, origin: RequestOrigin): Promise<LoginOutcome> {
    if (subject.kind === 'user') {
      const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { id: subject.userId }, relations: { tenant: true } });
      const step = user ? TwoFactorService.nextStep(user) : null;
      if (user && step === 'totp_challenge') {
        const { token, expiresAt } = await this.tokens.issue({ ...subject, twoFactorStep: step });
        return { kind: 'totp_challenge', challengeToken: token, expiresAt };
      }
      if (user && step === 'totp_enroll') {
        const { token, expiresAt } = await this.tokens.issue({ ...subject, twoFactorStep: step });
        return { kind: 'totp_enroll', enrollmentToken: token, expiresAt, enrollment: await this.twoFactor.beginEnrollment(user, user.tenant!.slug) };
      }
    }
    return this.startSession(subject, origin);
  }

  /**
   * The second step of a sign-in: a TOTP code (accepted once) or a recovery code. Failures count
   * towards the lockout. The challenge token opens one session only: the check and the new session
   * share the transaction that holds the user's row lock, so two answers sent at once cannot both win.
   */
  async verifyTwoFactor(challengeToken: string, code: string, origin: RequestOrigin): Promise<LoginOutcome> {
    const subject = await this.tokens.verify(challengeToken);
    if (subject?.kind !== 'user' || subject.twoFactorStep !== 'totp_challenge' || !subject.stepTokenId) throw new UnauthenticatedError('Sign in again');
    const challengeId = subject.stepTokenId;
    const signedIn: TokenSubject = { kind: 'user', userId: subject.userId, tenantId: subject.tenantId };
    const keys = { account: accountKey.user(subject.userId), address: accountKey.address(origin.ip) };
    const reservation = await this.throttle.reserve(keys);
    const outcome: IssuedRefresh | 'LOCKED_OUT' | 'CHALLENGE_ALREADY_USED' | 'WRONG_TOTP' = !reservation.allowed
      ? 'LOCKED_OUT'
      : await this.dataSource.transaction(async (manager) => {
          const user = await lockUser(manager, subject.tenantId, subject.userId);
          // Checked before the code, so a replayed challenge does not use up the user's current code.
          if (await this.sessions.challengeAnswered(manager, challengeId)) return 'CHALLENGE_ALREADY_USED';
          if (!(await this.twoFactor.verifyCode(manager, user, code))) return 'WRONG_TOTP';
          return this.sessions.start(signedIn, origin, { manager, twoFactorChallengeId: challengeId });
        });
    if (typeof outcome === 'string') {
      const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: subject.userId });
      if (user) {
        await this.auditRefusal(
          { tenantId: subject.tenantId, user, reason: outcome, lockedUntil: reservation.lockedNow ? reservation.lockedUntil : null },
          origin,
        );
      }
      throw new UnauthenticatedError(outcome === 'CHALLENGE_ALREADY_USED' ? 'Sign in again' : INVALID_CODE);
    }
    await this.throttle.release(keys);
    return this.sessionFor(signedIn, outcome);
  }

  /** Confirms a new authenticator with its first code; returns the recovery codes and a session. */
  async confirmTwoFactorEnrollment(
    enrollmentToken: string,
    code: string,
    origin: RequestOrigin,
  ): Promise<{ recoveryCodes: string[]; session: LoginOutcome & { kind: 'session' } }> {
    const subject = await this.tokens.verify(enrollmentToken);
    if (subject?.kind !== 'user' || subject.twoFactorStep !== 'totp_enroll') throw new UnauthenticatedError('Sign in again');
    const recoveryCodes = await this.dataSource.transaction(async (manager) => {
      const user = await lockUser(manager, subject.tenantId, subject.userId);
      const codes = await this.twoFactor.confirmEnrollment(manager, user, code);
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
    return { recoveryCodes, session: await this.startSession({ kind: 'user', userId: subject.userId, tenantId: subject.tenantId }, origin) };
  }

  /** Exchanges the refresh cookie's token for a new one and a fresh access token. */
  async refresh(refreshToken: string, origin: RequestOrigin): Promise<LoginOutcome & { kind: 'session' }> {
    const refreshed = await this.sessions.refresh(refreshToken, origin);
    const principal = await this.principalFor(refreshed.subject);
    if (!principal) {
      await this.sessions.revoke(refreshed.sessionId, 'account_unavailable');
      throw new UnauthenticatedError('Your session has ended; sign in again');
    }
    const { token, expiresAt } = await this.tokens.issue(refreshed.subject);
    return { kind: 'session', accessToken: token, expiresAt, principal, refresh: refreshed };
  }

  async logout(principal: Principal): Promise<void> {
    if (principal.sessionId) await this.sessions.revoke(principal.sessionId, 'signed_out');
  }

  private async startSession(subject: TokenSubject, origin: RequestOrigin): Promise<LoginOutcome & { kind: 'session' }> {
    return this.sessionFor(subject, await this.sessions.start(subject, origin));
  }

  /**
   * The access token and principal for a session that has just been committed. Every sign-in ends
   * here, whatever steps it took, so this is where the account's failures are forgotten.
   */
  private async sessionFor(subject: TokenSubject, refresh: IssuedRefresh): Promise<LoginOutcome & { kind: 'session' }> {
    const withSession = { ...subject, sessionId: refresh.sessionId };
    const principal = await this.principalFor(withSession);
    if (!principal) throw new UnauthenticatedError(INVALID_CREDENTIALS);
    await this.throttle.succeeded(subject.kind === 'user' ? accountKey.user(subject.userId) : accountKey.superAdmin(subject.superAdminId));
    const { token, expiresAt } = await this.tokens.issue(withSession);
    return { kind: 'session', accessToken: token, expiresAt, principal, refresh };
  }

  /**
   * The one thing a pending-password-change token can do. The new password follows the tenant's
   * policy and must differ from the one it replaces (the temporary one, typically).
   */
  async completePasswordChange(principal: TenantUserPrincipal, newPassword: string, origin: RequestOrigin): Promise<LoginOutcome> {
    await this.dataSource.transaction(async (manager) => {
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
    return this.afterPassword({ kind: 'user', userId: principal.userId, tenantId: principal.tenantId }, origin);
  }

  /**
   * Self-service password change: the current password proves it is really them. Other sessions
   * end, this one continues. Wrong current passwords count towards the sign-in lockout, and a
   * locked account is refused with the same answer, so a borrowed session cannot guess the
   * password any faster than the sign-in form could.
   */
  async changeOwnPassword(principal: TenantUserPrincipal, currentPassword: string, newPassword: string, origin: RequestOrigin): Promise<void> {
    const keys = { account: accountKey.user(principal.userId), address: accountKey.address(origin.ip) };
    const reservation = await this.throttle.reserve(keys);
    if (!reservation.allowed) {
      await verifyAgainstDummy(currentPassword);
      await this.auditOwnPasswordRefusal(principal, 'LOCKED_OUT', null, origin);
      throw wrongCurrentPassword();
    }
    const current = { verified: false };
    try {
      await this.dataSource.transaction(async (manager) => {
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
      if (current.verified) await this.throttle.release(keys);
    }
    if (!current.verified) {
      await this.auditOwnPasswordRefusal(principal, 'WRONG_PASSWORD', reservation.lockedNow ? reservation.lockedUntil : null, origin);
      throw wrongCurrentPassword();
    }
  }

  private async auditOwnPasswordRefusal(principal: TenantUserPrincipal, reason: string, lockedUntil: Date | null, origin: RequestOrigin): Promise<void> {
    const actor = { tenantId: principal.tenantId, userId: principal.userId, superAdminId: null, label: principal.displayName, origin };
    const target = { targetType: 'user' as const, targetId: principal.userId, targetLabel: principal.displayName };
    await this.dataSource.transaction(async (manager) => {
      await recordAudit(manager, actor, { action: 'user.change_own_password_refused', ...target, after: { reason } });
      if (lockedUntil) await recordAudit(manager, actor, { action: 'auth.lockout', ...target, after: { lockedUntil: lockedUntil.toISOString() } });
    });
  }

  /**
   * Who a bearer token belongs to, re-checked against the database on every request: an access
   * token (JWT) of a session, or a personal API token (`acc_...`).
   */
  async principalFromToken(token: string): Promise<Principal | null> {
    if (token.startsWith(API_TOKEN_PREFIX)) {
      const owner = await this.apiTokens.authenticate(token);
      return owner ? this.principalFor({ kind: 'user', userId: owner.userId, tenantId: owner.tenantId }) : null;
    }
    const subject = await this.tokens.verify(token);
    return subject ? this.principalFor(subject) : null;
  }

  private async principalFor(subject: TokenSubject): Promise<Principal | null> {
    // Step tokens of a two-factor sign-in are not credentials for anything else.
    if (subject.kind === 'user' && subject.twoFactorStep) return null;
    const sessionId = subject.sessionId ?? null;
    // The session check rides along with the account's own read: one statement per request, not two.
    const liveSession = 'EXISTS (SELECT 1 FROM auth_session s WHERE s.id = :sessionId AND s.revoked_at IS NULL AND s.expires_at > now())';
    if (subject.kind === 'super_admin') {
      const query = this.dataSource.getRepository(SuperAdminEntity).createQueryBuilder('admin').where('admin.id = :id', { id: subject.superAdminId });
      if (sessionId) query.andWhere(liveSession, { sessionId });
      const admin = await query.getOne();
      return admin
        ? {
            kind: 'super_admin',
            superAdminId: admin.id,
            username: admin.username,
            displayName: admin.displayName,
            activeTenantId: admin.activeTenantId,
            sessionId,
          }
        : null;
    }
    const query = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .innerJoinAndSelect('user.tenant', 'tenant')
      .where('user.id = :userId AND user.tenant_id = :tenantId AND user.is_active AND NOT user.hold_invite', {
        userId: subject.userId,
        tenantId: subject.tenantId,
      });
    if (sessionId) query.andWhere(liveSession, { sessionId });
    const user = await query.getOne();
    if (!user?.tenant) return null;
    return {
      kind: 'user',
      userId: user.id,
      tenantId: user.tenantId,
      username: user.username,
      displayName: displayName(user),
      roleId: user.roleId,
      accessVersion: user.tenant.accessVersion,
      pendingPasswordChange: subject.pendingPasswordChange === true,
      sessionId,
      origin: user.origin,
      plannerUser: isPlannerUser(user),
      portalAccess: user.portalAccess,
    };
  }

  private async authenticateTenantUser(tenantSlug: string, login: string, password: string, address: string | null): Promise<Attempt> {
    const tenant = await this.dataSource.getRepository(TenantEntity).findOneBy({ slug: tenantSlug });
    const user = tenant
      ? await this.dataSource
          .getRepository(UserEntity)
          .createQueryBuilder('user')
          .withDeleted()
          .where('user.tenant_id = :tenantId', { tenantId: tenant.id })
          .andWhere('(user.username = :login OR user.email = lower(:login))', { login })
          .orderBy('user.deleted_at', 'DESC', 'NULLS FIRST')
          .getOne()
      : null;
    const keys = { account: user ? accountKey.user(user.id) : accountKey.unknown(tenant?.id ?? tenantSlug, login), address };
    const reservation = await this.throttle.reserve(keys);
    const refuse = (reason: string): Attempt =>
      tenant && user ? { ok: false, refusal: { tenantId: tenant.id, user, reason, lockedUntil: reservation.lockedNow ? reservation.lockedUntil : null } } : { ok: false };
    if (!reservation.allowed) {
      await verifyAgainstDummy(password);
      return refuse('LOCKED_OUT');
    }
    if (!tenant || !user?.passwordHash) {
      await verifyAgainstDummy(password);
      return refuse('NO_PASSWORD_YET');
    }
    if (!(await verifyPassword(user.passwordHash, password))) return refuse('WRONG_PASSWORD');
    const allowed = checkUserAction(stateOf(user), 'login');
    if (!allowed.allowed) return refuse(allowed.code);
    if (user.passwordIsTemporary && user.temporaryPasswordUsedAt) return refuse('TEMPORARY_PASSWORD_ALREADY_USED');
    // Not a completed sign-in yet: a second factor may follow, and its failures add to earlier ones.
    await this.throttle.release(keys);

    const pendingPasswordChange = user.passwordIsTemporary || user.passwordChangeRequired || user.activatedAt === null;
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        UserEntity,
        { id: user.id },
        user.passwordIsTemporary ? { lastLoginAt: now, temporaryPasswordUsedAt: now } : { lastLoginAt: now },
      );
      await manager.insert(LoginEventEntity, { tenantId: tenant.id, userId: user.id });
    });
    return {
      ok: true,
      subject: { kind: 'user', userId: user.id, tenantId: user.tenantId, pendingPasswordChange },
      temporary: user.passwordIsTemporary || user.activatedAt === null,
    };
  }

  private async authenticateSuperAdmin(username: string, password: string, address: string | null): Promise<Attempt> {
    const admin = await this.dataSource.getRepository(SuperAdminEntity).findOneBy({ username });
    const keys = { account: admin ? accountKey.superAdmin(admin.id) : accountKey.unknown('platform', username), address };
    const reservation = await this.throttle.reserve(keys);
    if (!admin || !reservation.allowed) return verifyAgainstDummy(password).then(() => ({ ok: false }));
    if (!(await verifyPassword(admin.passwordHash, password))) return { ok: false };
    await this.throttle.release(keys);
    return { ok: true, subject: { kind: 'super_admin', superAdminId: admin.id } };
  }

  private async auditRefusal(refusal: Refusal, origin: RequestOrigin): Promise<void> {
    const actor = { tenantId: refusal.tenantId, userId: null, superAdminId: null, label: 'Sign-in attempt', origin };
    const target = { targetType: 'user' as const, targetId: refusal.user.id, targetLabel: displayName(refusal.user) };
    await this.dataSource.transaction(async (manager) => {
      await recordAudit(manager, actor, { action: 'auth.login_refused', ...target, after: { reason: refusal.reason } });
      if (refusal.lockedUntil) {
        await recordAudit(manager, actor, { action: 'auth.lockout', ...target, after: { lockedUntil: refusal.lockedUntil.toISOString() } });
      }
    });
  }
}
