import { actingTenantId, type Principal, type SuperAdminPrincipal } from '../auth/principal.js';
import { ForbiddenError, UnauthenticatedError } from '../../kernel/errors.js';
import type { RequestOrigin } from './audit-entry.entity.js';

/** Who is changing something in which tenant, as the audit log records it. */
export interface Actor {
  tenantId: string;
  userId: string | null;
  superAdminId: string | null;
  label: string;
  origin: RequestOrigin;
}

export function actorOf(principal: Principal | null, origin: RequestOrigin): Actor {
  if (!principal) throw new UnauthenticatedError();
  const tenantId = actingTenantId(principal);
  if (!tenantId) throw new ForbiddenError('Enter a tenant in Super Admin Active mode first');
  return principal.kind === 'user'
    ? { tenantId, userId: principal.userId, superAdminId: null, label: principal.displayName, origin }
    : {
        tenantId,
        userId: null,
        superAdminId: principal.superAdminId,
        label: `${principal.displayName} (super admin)`,
        origin,
      };
}

/**
 * A super admin acting on the platform itself (tenants, super admin accounts), or an anonymous
 * sign-in attempt on a super admin account: audited on the platform trail, the entries whose
 * tenant is null.
 */
export interface PlatformActor {
  tenantId: null;
  userId: null;
  superAdminId: string | null;
  label: string;
  origin: RequestOrigin;
}

export function platformActorOf(principal: SuperAdminPrincipal, origin: RequestOrigin): PlatformActor {
  return { tenantId: null, userId: null, superAdminId: principal.superAdminId, label: `${principal.displayName} (super admin)`, origin };
}

/** The same super admin, acting inside one tenant (e.g. inviting a new tenant's first administrator). */
export function inTenant(actor: PlatformActor, tenantId: string): Actor {
  return { ...actor, tenantId };
}
