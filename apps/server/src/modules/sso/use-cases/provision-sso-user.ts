import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import type { Actor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { LoginEventEntity } from '../../auth/login-event.entity.js';
import { RoleEntity } from '../../roles/role.entity.js';
import type { TenantEntity } from '../../tenants/tenant.entity.js';
import { displayName } from '../../users/display-name.js';
import { userSnapshot } from '../../users/user-records.js';
import { stateOf } from '../../users/user-state.js';
import { UserEntity } from '../../users/user.entity.js';
import type { ExternalIdentity } from '../claim-mapping.js';
import type { OidcProviderEntity } from '../entities/oidc-provider.entity.js';
import { SsoSignInError, SsoSignInReason } from '../sso.errors.js';

export interface ProvisionRules {
  /** The role provisioned users start with (a live role of the tenant), if any. */
  defaultRoleId: string | null;
  /** The provider's role claim decides the role at every sign-in. */
  externalAuthorization: boolean;
}

/** The first mapped claim value the user has, in the configuration's order; else the default role. */
async function roleFromClaims(manager: EntityManager, tenantId: string, provider: OidcProviderEntity, identity: ExternalIdentity, fallback: string | null) {
  const values = new Set(identity.roleClaimValues);
  const matching = provider.roleMappings.filter((row) => values.has(row.claimValue));
  if (matching.length === 0) return fallback;
  // Roles deleted since the mapping was saved give nothing, so the next matching row decides.
  const live = new Set((await manager.findBy(RoleEntity, { id: In(matching.map((row) => row.roleId)), tenantId })).map((role) => role.id));
  return matching.find((row) => live.has(row.roleId))?.roleId ?? fallback;
}

const refuse = (reason: SsoSignInReason, message: string) => new SsoSignInError(reason, message);

/**
 * Finds the user the provider vouched for (by its subject), creating them at their first sign-in
 * with the default role, and brings the mapped fields (and, with external authorization, the role)
 * up to date. Runs in the caller's transaction; every change is audited with the user as actor.
 */
export async function provisionSsoUser(
  manager: EntityManager,
  tenant: TenantEntity,
  provider: OidcProviderEntity,
  identity: ExternalIdentity,
  rules: ProvisionRules,
  origin: Actor['origin'],
): Promise<UserEntity> {
  const existing = await manager
    .getRepository(UserEntity)
    .createQueryBuilder('user')
    .withDeleted()
    .setLock('pessimistic_write')
    .where('user.tenant_id = :tenantId AND user.external_subject = :subject', { tenantId: tenant.id, subject: identity.subject })
    .getOne();
  const claimRole = rules.externalAuthorization ? await roleFromClaims(manager, tenant.id, provider, identity, rules.defaultRoleId) : null;

  const clash = async (excludeId: string | null, checkUsername: boolean) => {
    const rows = await manager.query<Array<{ id: string; username: string; email: string }>>(
      'SELECT id, username, email FROM user_account WHERE tenant_id = $1 AND (lower(username) = lower($2) OR email = $3)',
      [tenant.id, identity.username, identity.email],
    );
    return rows.find((row) => row.id !== excludeId && (row.email === identity.email || (checkUsername && row.username.toLowerCase() === identity.username.toLowerCase())));
  };

  if (!existing) {
    const roleId = rules.externalAuthorization ? claimRole : rules.defaultRoleId;
    if (!roleId) throw refuse(SsoSignInReason.NO_ROLE, 'No role is set up for new single sign-on users of this organisation');
    // Linking to an account that happens to share an email would let whoever controls that email at the
    // provider take the account over; an administrator links or renames instead.
    if (await clash(null, true)) throw refuse(SsoSignInReason.ACCOUNT_EXISTS, 'An account with this username or email already exists in this organisation');
    const user = manager.create(UserEntity, {
      id: randomUUID(),
      tenantId: tenant.id,
      username: identity.username,
      email: identity.email,
      firstName: identity.firstName,
      lastName: identity.lastName,
      origin: 'sso',
      externalSubject: identity.subject,
      roleId,
      holdInvite: false,
      isActive: true,
      activatedAt: new Date(),
      lastLoginAt: new Date(),
      passwordHash: null,
    });
    await manager.save(user);
    const self: Actor = { tenantId: tenant.id, userId: user.id, superAdminId: null, label: displayName(user), origin };
    await recordAudit(manager, self, {
      action: 'user.provision_sso',
      targetType: 'user',
      targetId: user.id,
      targetLabel: displayName(user),
      after: { ...userSnapshot(user), provider: provider.displayName, roleFromClaim: rules.externalAuthorization },
    });
    await manager.insert(LoginEventEntity, { tenantId: tenant.id, userId: user.id });
    return user;
  }

  if (stateOf(existing) !== 'active') throw refuse(SsoSignInReason.ACCOUNT_UNAVAILABLE, 'This account cannot sign in');
  const self: Actor = { tenantId: tenant.id, userId: existing.id, superAdminId: null, label: displayName(existing), origin };
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const field of ['email', 'firstName', 'lastName'] as const) {
    if (existing[field] !== identity[field]) {
      before[field] = existing[field];
      after[field] = identity[field];
    }
  }
  if ('email' in after && (await clash(existing.id, false))) {
    throw refuse(SsoSignInReason.ACCOUNT_EXISTS, 'The email the provider sent belongs to another account of this organisation');
  }
  if (Object.keys(after).length > 0) {
    Object.assign(existing, after);
    existing.version += 1;
    await recordAudit(manager, self, { action: 'user.sso_update', targetType: 'user', targetId: existing.id, targetLabel: displayName(existing), before, after });
  }
  if (rules.externalAuthorization) {
    if (!claimRole) throw refuse(SsoSignInReason.NO_ROLE, 'The identity provider gave no role this organisation maps');
    if (claimRole !== existing.roleId) {
      const previous = existing.roleId;
      existing.roleId = claimRole;
      existing.version += 1;
      const role = await manager.findOneByOrFail(RoleEntity, { id: claimRole });
      await recordAudit(manager, self, {
        action: 'user.role_from_claim',
        targetType: 'user',
        targetId: existing.id,
        targetLabel: displayName(existing),
        before: { roleId: previous },
        after: { roleId: claimRole, roleName: role.name, claimValues: identity.roleClaimValues },
      });
    }
  }
  existing.lastLoginAt = new Date();
  await manager.save(existing);
  await manager.insert(LoginEventEntity, { tenantId: tenant.id, userId: existing.id });
  return existing;
}
