import type { Principal } from './principal.js';
import type { LoadedPrincipal } from './principal-cache.js';
import { SuperAdminEntity } from '../super-admins/super-admin.entity.js';
import { displayName } from '../users/display-name.js';
import { isPlannerUser } from '../planner/mappers/worker.mapper.js';
import { UserEntity } from '../users/user.entity.js';
import type { TokenSubject } from './access-tokens.js';
import { API_TOKEN_PREFIX } from '../api-tokens/api-tokens.service.js';
import type { AuthDeps } from './deps.js';

/**
 * Who a bearer token belongs to: an access token (JWT) of a session, or a personal API token
 * (`acc_...`). The account, tenant and session rows are re-checked on every request, from the
 * principal cache while it holds them (a change to any of those rows drops them from it).
 */
export async function principalFromToken(deps: AuthDeps, token: string): Promise<Principal | null> {
  if (token.startsWith(API_TOKEN_PREFIX)) {
    const owner = await deps.apiTokens.authenticate(token);
    if (!owner) return null;
    const subject: TokenSubject = { kind: 'user', userId: owner.userId, tenantId: owner.tenantId };
    return deps.principals.get(cacheKey(subject), () => loadPrincipal(deps, subject));
  }
  const subject = await deps.tokens.verify(token);
  // Step tokens of a two-factor sign-in are not credentials for anything else.
  if (!subject || subject.twoFactorStep) return null;
  const principal = await deps.principals.get(cacheKey(subject), () => loadPrincipal(deps, subject));
  return principal && withTokenScope(principal, subject);
}

/** The principal of a subject read straight from the database (sign-in and refresh, which just wrote it). */
export async function principalFor(deps: AuthDeps, subject: TokenSubject): Promise<Principal | null> {
  if (subject.twoFactorStep) return null;
  const loaded = await loadPrincipal(deps, subject);
  return loaded && withTokenScope(loaded.principal, subject);
}

function cacheKey(subject: TokenSubject): string {
  return subject.kind === 'user'
    ? `user:${subject.userId}:${subject.tenantId}:${subject.sessionId ?? ''}`
    : `super_admin:${subject.superAdminId}:${subject.sessionId ?? ''}`;
}

/** The token, not the account, says whether it may only choose a new password. */
function withTokenScope(principal: Principal, subject: TokenSubject): Principal {
  return principal.kind === 'user' && subject.kind === 'user' && subject.pendingPasswordChange === true ? { ...principal, pendingPasswordChange: true } : principal;
}

async function loadPrincipal(deps: AuthDeps, subject: TokenSubject): Promise<LoadedPrincipal | null> {
  const sessionId = subject.sessionId ?? null;
  // The session check rides along with the account's own read: one statement per request, not two.
  const liveSession = 'EXISTS (SELECT 1 FROM auth_session s WHERE s.id = :sessionId AND s.revoked_at IS NULL AND s.expires_at > now())';
  const sessionExpiry = '(SELECT s.expires_at FROM auth_session s WHERE s.id = :sessionId)';
  if (subject.kind === 'super_admin') {
    const query = deps.dataSource
      .getRepository(SuperAdminEntity)
      .createQueryBuilder('admin')
      .where('admin.id = :id AND admin.deactivated_at IS NULL', { id: subject.superAdminId });
    if (sessionId) query.andWhere(liveSession, { sessionId }).addSelect(sessionExpiry, 'session_expires_at');
    const { entities, raw } = await query.getRawAndEntities<{ session_expires_at?: Date | string | null }>();
    const admin = entities[0];
    if (!admin) return null;
    return {
      principal: {
        kind: 'super_admin',
        superAdminId: admin.id,
        username: admin.username,
        displayName: admin.displayName,
        activeTenantId: admin.activeTenantId,
        sessionId,
      },
      sessionExpiresAt: expiryOf(raw[0]?.session_expires_at),
    };
  }
  const query = deps.dataSource
    .getRepository(UserEntity)
    .createQueryBuilder('user')
    // A suspended tenant's sessions and API tokens stop here, on their very next request.
    .innerJoinAndSelect('user.tenant', 'tenant', 'tenant.suspended_at IS NULL')
    .where('user.id = :userId AND user.tenant_id = :tenantId AND user.is_active AND NOT user.hold_invite', {
      userId: subject.userId,
      tenantId: subject.tenantId,
    });
  if (sessionId) query.andWhere(liveSession, { sessionId }).addSelect(sessionExpiry, 'session_expires_at');
  const { entities, raw } = await query.getRawAndEntities<{ session_expires_at?: Date | string | null }>();
  const user = entities[0];
  if (!user?.tenant) return null;
  return {
    principal: {
      kind: 'user',
      userId: user.id,
      tenantId: user.tenantId,
      username: user.username,
      displayName: displayName(user),
      roleId: user.roleId,
      accessVersion: user.tenant.accessVersion,
      pendingPasswordChange: false,
      sessionId,
      origin: user.origin,
      plannerUser: isPlannerUser(user),
      portalAccess: user.portalAccess,
    },
    sessionExpiresAt: expiryOf(raw[0]?.session_expires_at),
  };
}

function expiryOf(value: Date | string | null | undefined): number | null {
  return value == null ? null : new Date(value).getTime();
}
