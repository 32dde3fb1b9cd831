import type { DataSource } from 'typeorm';
import type { RequestOrigin } from '../modules/audit/audit-entry.entity.js';
import type { UserOrigin } from '../modules/users/user.entity.js';
import type { Logger } from '../logger.js';
import type { PlannerLoaders } from '../modules/planner/planner-loaders.js';
import type { RoleLoaders } from '../modules/roles/role-loaders.js';
import type { UserLoaders } from '../modules/users/user-loaders.js';
import type { Services } from '../services.js';

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

/** The refresh-token cookie of the current HTTP exchange. */
export interface RefreshCookie {
  read(): string | null;
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface Context {
  principal: Principal | null;
  /** The principal's active permission keys, loaded once per request on first use. */
  permissions(): Promise<ReadonlySet<string>>;
  dataSource: DataSource;
  services: Services;
  loaders: { roles: RoleLoaders; users: UserLoaders; planner: PlannerLoaders };
  logger: Logger;
  origin: RequestOrigin;
  refreshCookie: RefreshCookie;
}
