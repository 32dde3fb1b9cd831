import { ForbiddenError } from '../../kernel/errors.js';
import type { UserOrigin } from '../users/user.entity.js';

/** Who is calling, as read from their token and the database on every request. */
export interface TenantUserPrincipal {
  kind: 'user';
  userId: string;
  tenantId: string;
  username: string;
  displayName: string;
  roleId: string;
  /** The tenant's access version when the request started (see TenantAccessCache). */
  accessVersion: number;
  /** Signed in with a temporary password (or after a forced reset): may only choose a new one. */
  pendingPasswordChange: boolean;
  sessionId: string | null;
  /** External users are portal-only: every permission-guarded operation refuses them. */
  origin: UserOrigin;
  /** Read with the rest of the principal on every request, so switching either off works at once. */
  plannerUser: boolean;
  portalAccess: boolean;
}

export interface SuperAdminPrincipal {
  kind: 'super_admin';
  superAdminId: string;
  username: string;
  displayName: string;
  /** The tenant entered in Super Admin Active mode, if any. */
  activeTenantId: string | null;
  sessionId: string | null;
}

export type Principal = TenantUserPrincipal | SuperAdminPrincipal;

/** The tenant a principal acts in: their own, or the one a super admin has entered. */
export function actingTenantId(principal: Principal | null): string | null {
  if (!principal) return null;
  return principal.kind === 'user' ? principal.tenantId : principal.activeTenantId;
}

/** The tenant the caller acts in; a super admin who has not entered one is refused. */
export function requireTenant(principal: Principal | null): string {
  const tenantId = actingTenantId(principal);
  if (!tenantId) throw new ForbiddenError('Enter a tenant first');
  return tenantId;
}

/** Deleted records are visible only to a super admin inside the tenant. */
export function seesDeleted(principal: Principal | null): boolean {
  return principal?.kind === 'super_admin' && !!principal.activeTenantId;
}
