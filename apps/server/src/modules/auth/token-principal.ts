import type { Principal } from './principal.js';
import { SuperAdminEntity } from '../super-admins/super-admin.entity.js';
import { displayName } from '../users/display-name.js';
import { isPlannerUser } from '../planner/mappers/worker.mapper.js';
import { UserEntity } from '../users/user.entity.js';
import type { TokenSubject } from './access-tokens.js';
import { API_TOKEN_PREFIX } from '../api-tokens/api-tokens.service.js';
import type { AuthDeps } from './deps.js';

/**
 * Who a bearer token belongs to, re-checked against the database on every request: an access
 * token (JWT) of a session, or a personal API token (`acc_...`).
 */
export async function principalFromToken(deps: AuthDeps, token: string): Promise<Principal | null> {
  if (token.startsWith(API_TOKEN_PREFIX)) {
    const owner = await deps.apiTokens.authenticate(token);
    return owner ? principalFor(deps, { kind: 'user', userId: owner.userId, tenantId: owner.tenantId }) : null;
  }
  const subject = await deps.tokens.verify(token);
  return subject ? principalFor(deps, subject) : null;
}

export async function principalFor(deps: AuthDeps, subject: TokenSubject): Promise<Principal | null> {
  // Step tokens of a two-factor sign-in are not credentials for anything else.
  if (subject.twoFactorStep) return null;
  const sessionId = subject.sessionId ?? null;
  // The session check rides along with the account's own read: one statement per request, not two.
  const liveSession = 'EXISTS (SELECT 1 FROM auth_session s WHERE s.id = :sessionId AND s.revoked_at IS NULL AND s.expires_at > now())';
  if (subject.kind === 'super_admin') {
    const query = deps.dataSource
      .getRepository(SuperAdminEntity)
      .createQueryBuilder('admin')
      .where('admin.id = :id AND admin.deactivated_at IS NULL', { id: subject.superAdminId });
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
  const query = deps.dataSource
    .getRepository(UserEntity)
    .createQueryBuilder('user')
    // A suspended tenant's sessions and API tokens stop here, on their very next request.
    .innerJoinAndSelect('user.tenant', 'tenant', 'tenant.suspended_at IS NULL')
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
