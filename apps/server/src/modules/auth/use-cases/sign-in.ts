import { checkUserAction } from '@access/domain';
import { UnauthenticatedError } from '../../../kernel/errors.js';
import type { RequestOrigin } from '../../audit/audit-entry.entity.js';
import { SuperAdminEntity } from '../../super-admins/super-admin.entity.js';
import { TenantEntity } from '../../tenants/tenant.entity.js';
import { stateOf } from '../../users/user-state.js';
import { UserEntity } from '../../users/user.entity.js';
import type { TokenSubject } from '../access-tokens.js';
import type { AuthDeps } from '../deps.js';
import type { LoginInput } from '../dto/login.input.js';
import { LoginEventEntity } from '../login-event.entity.js';
import type { LoginOutcome } from '../login-outcome.js';
import { accountKey } from '../login-throttle.js';
import { lockoutOf } from '../sign-in-settings.js';
import { settingsOf } from '../../tenants/tenant-settings.js';
import { verifyAgainstDummy } from '../password-hashing.js';
import { afterPassword, auditRefusal, auditSuperAdminRefusal, INVALID_CREDENTIALS, type Refusal } from './session-issue.js';

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

type Attempt = { ok: true; subject: TokenSubject; temporary?: boolean } | { ok: false; refusal?: Refusal };

/**
 * One message for every refusal, so a caller cannot learn which usernames exist or what state
 * an account is in; the real reason goes to the tenant's audit log.
 */
export async function login(deps: AuthDeps, input: LoginInput, origin: RequestOrigin): Promise<LoginOutcome> {
  const tenantSlug = input.tenant?.trim().toLowerCase();
  const address = accountKey.address(origin.ip);
  const attempt = tenantSlug
    ? await authenticateTenantUser(deps, tenantSlug, input.username.trim(), input.password, address)
    : await authenticateSuperAdmin(deps, input.username.trim(), input.password, address, origin);
  if (!attempt.ok) {
    if (attempt.refusal) await auditRefusal(deps, attempt.refusal, origin);
    throw new UnauthenticatedError(INVALID_CREDENTIALS);
  }
  if (attempt.subject.kind === 'user' && attempt.subject.pendingPasswordChange) {
    const { token, expiresAt } = await deps.tokens.issue(attempt.subject);
    return { kind: 'password_change', changeToken: token, expiresAt, reason: attempt.temporary ? 'temporary_password' : 'reset_required' };
  }
  return afterPassword(deps, attempt.subject, origin);
}

async function authenticateTenantUser(deps: AuthDeps, tenantSlug: string, login: string, password: string, address: string | null): Promise<Attempt> {
  const tenant = await deps.dataSource.getRepository(TenantEntity).findOneBy({ slug: tenantSlug });
  // Looked up under the nil id when the organisation does not exist: finding nothing costs what finding someone costs.
  const user = await deps.dataSource
    .getRepository(UserEntity)
    .createQueryBuilder('user')
    .withDeleted()
    .where('user.tenant_id = :tenantId', { tenantId: tenant?.id ?? NIL_UUID })
    .andWhere('(user.username = :login OR user.email = lower(:login))', { login })
    .orderBy('user.deleted_at', 'DESC', 'NULLS FIRST')
    .getOne();
  const keys = { account: user ? accountKey.user(user.id) : accountKey.unknown(tenant?.id ?? tenantSlug, login), address };
  const settings = tenant ? settingsOf(tenant, deps.platformDefaults) : null;
  const reservation = await deps.throttle.reserve(keys, settings ? lockoutOf(settings) : undefined);
  // Every refusal is audited, for a name no account has as well (as Keycloak records them): an
  // attempt on a real account then costs what one on a made-up name costs.
  const refuse = (reason: string): Attempt => ({
    ok: false,
    refusal: { tenantId: tenant?.id ?? null, user, login, reason, lockedUntil: reservation.lockedNow ? reservation.lockedUntil : null },
  });
  if (!reservation.allowed) {
    await verifyAgainstDummy(password, deps.passwords);
    return refuse('LOCKED_OUT');
  }
  if (!tenant || !user?.passwordHash) {
    await verifyAgainstDummy(password, deps.passwords);
    return refuse(!tenant ? 'UNKNOWN_ORGANISATION' : !user ? 'UNKNOWN_ACCOUNT' : 'NO_PASSWORD_YET');
  }
  if (tenant.suspendedAt) {
    await verifyAgainstDummy(password, deps.passwords);
    return refuse('TENANT_SUSPENDED');
  }
  // People of a tenant that signs in through its identity provider have no password here, unless
  // the tenant lets those who already had one keep using it.
  if (settings?.authenticationMode === 'oidc' && !settings.localPasswordFallback) {
    await verifyAgainstDummy(password, deps.passwords);
    return refuse('PASSWORD_SIGN_IN_DISABLED');
  }
  if (!(await deps.passwords.verify(user.passwordHash, password))) return refuse('WRONG_PASSWORD');
  const allowed = checkUserAction(stateOf(user), 'login');
  if (!allowed.allowed) return refuse(allowed.code);
  if (user.passwordIsTemporary && user.temporaryPasswordUsedAt) return refuse('TEMPORARY_PASSWORD_ALREADY_USED');
  // Not a completed sign-in yet: a second factor may follow, and its failures add to earlier ones.
  await deps.throttle.release(keys);

  const pendingPasswordChange = user.passwordIsTemporary || user.passwordChangeRequired || user.activatedAt === null;
  const now = new Date();
  await deps.dataSource.transaction(async (manager) => {
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

async function authenticateSuperAdmin(deps: AuthDeps, username: string, password: string, address: string | null, origin: RequestOrigin): Promise<Attempt> {
  const admin = await deps.dataSource.getRepository(SuperAdminEntity).findOneBy({ username });
  const keys = { account: admin ? accountKey.superAdmin(admin.id) : accountKey.unknown('platform', username), address };
  const reservation = await deps.throttle.reserve(keys);
  const refuse = async (reason: string): Promise<Attempt> => {
    await auditSuperAdminRefusal(deps, admin ?? { id: null, typed: username }, reason, reservation.lockedNow ? reservation.lockedUntil : null, origin);
    return { ok: false };
  };
  if (!admin || admin.deactivatedAt || !reservation.allowed) {
    await verifyAgainstDummy(password, deps.passwords);
    return refuse(!admin ? 'UNKNOWN_ACCOUNT' : admin.deactivatedAt ? 'SUPER_ADMIN_DEACTIVATED' : 'LOCKED_OUT');
  }
  if (!(await deps.passwords.verify(admin.passwordHash, password))) return refuse('WRONG_PASSWORD');
  await deps.throttle.release(keys);
  await deps.dataSource.getRepository(SuperAdminEntity).update({ id: admin.id }, { lastLoginAt: new Date() });
  return { ok: true, subject: { kind: 'super_admin', superAdminId: admin.id } };
}
