import type { AuthDeps } from '../../auth/deps.js';
import type { LoginOutcome } from '../../auth/login-outcome.js';
import { startSession } from '../../auth/use-cases/session-issue.js';
import type { RequestOrigin } from '../../audit/audit-entry.entity.js';
import { recordAudit } from '../../audit/audit.service.js';
import { sha256Hex } from '../../secrets/sha256-hex.js';
import { TenantEntity } from '../../tenants/tenant.entity.js';
import { liveDefaultRole } from '../../tenants/queries/tenant-settings.js';
import { settingsOf } from '../../tenants/tenant-settings.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { identityFromClaims } from '../claim-mapping.js';
import { SsoSignInAttemptEntity } from '../entities/sign-in-attempt.entity.js';
import { completeSignIn } from '../oidc-relying-party.js';
import { SsoSignInError, SsoSignInReason } from '../sso.errors.js';
import { readyProvider } from './begin-sso-sign-in.js';
import { provisionSsoUser } from './provision-sso-user.js';

const invalidAttempt = () => new SsoSignInError(SsoSignInReason.ATTEMPT_INVALID, 'This sign-in has expired or was already used; start again');

/** Spends the browser's attempt at once, in its own transaction, so a second callback finds it used whatever happens next. */
async function spendAttempt(deps: UseCaseDeps, binding: string | null): Promise<SsoSignInAttemptEntity> {
  if (!binding) throw invalidAttempt();
  return deps.dataSource.transaction(async (manager) => {
    const attempt = await manager
      .getRepository(SsoSignInAttemptEntity)
      .createQueryBuilder('attempt')
      .setLock('pessimistic_write')
      .where('attempt.binding_hash = :hash', { hash: sha256Hex(binding) })
      .getOne();
    if (!attempt || attempt.usedAt || attempt.expiresAt.getTime() <= Date.now()) throw invalidAttempt();
    attempt.usedAt = new Date();
    await manager.save(attempt);
    return attempt;
  });
}

/**
 * The second leg: checks the callback against the attempt this browser started (state, nonce,
 * PKCE), verifies the id_token through openid-client, provisions or updates the user and opens a
 * session. Every refusal is audited in the tenant and creates nothing.
 */
export async function completeSsoSignIn(
  deps: UseCaseDeps,
  auth: AuthDeps,
  binding: string | null,
  callbackUrl: URL,
  origin: RequestOrigin,
): Promise<LoginOutcome & { kind: 'session' }> {
  const attempt = await spendAttempt(deps, binding);
  const tenant = await deps.dataSource.getRepository(TenantEntity).findOneBy({ id: attempt.tenantId });
  try {
    const { provider, configuration } = await readyProvider(deps, tenant);
    const claims = await completeSignIn(configuration, {
      callbackUrl,
      expected: { state: attempt.state, nonce: attempt.nonce, codeVerifier: attempt.codeVerifier },
    });
    const identity = identityFromClaims(claims, provider.claimMapping);
    const settings = settingsOf(tenant!, deps.platformDefaults);
    const user = await deps.dataSource.transaction(async (manager) => {
      const defaultRole = await liveDefaultRole(manager, tenant!);
      return provisionSsoUser(manager, tenant!, provider, identity, { defaultRoleId: defaultRole?.id ?? null, externalAuthorization: settings.externalAuthorization }, origin);
    });
    return await startSession(auth, { kind: 'user', userId: user.id, tenantId: user.tenantId }, origin);
  } catch (error) {
    if (tenant) await auditRefusal(deps, tenant, error, origin);
    if (error instanceof SsoSignInError && tenant) error.organisation = tenant.slug;
    throw error;
  }
}

async function auditRefusal(deps: UseCaseDeps, tenant: TenantEntity, error: unknown, origin: RequestOrigin): Promise<void> {
  const reason = error instanceof SsoSignInError ? error.reason : 'INTERNAL_ERROR';
  const detail = error instanceof SsoSignInError ? (error.detail ?? error.message) : String(error);
  await deps.dataSource.transaction((manager) =>
    recordAudit(
      manager,
      { tenantId: tenant.id, userId: null, superAdminId: null, label: 'Single sign-on attempt', origin },
      { action: 'auth.sso_refused', targetType: 'tenant', targetId: tenant.id, targetLabel: tenant.name, after: { reason, detail: detail.slice(0, 500) } },
    ),
  );
}
