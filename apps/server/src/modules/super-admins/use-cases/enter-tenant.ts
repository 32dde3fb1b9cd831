import type { SuperAdminPrincipal } from '../../auth/principal.js';
import { ConflictError, NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import type { RequestOrigin } from '../../audit/audit-entry.entity.js';
import { recordAudit } from '../../audit/audit.service.js';
import { TenantEntity } from '../../tenants/tenant.entity.js';
import { toTenantType } from '../../tenants/tenant.mapper.js';
import type { TenantType } from '../../tenants/tenant.type.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { SuperAdminEntity } from '../super-admin.entity.js';

/**
 * Super Admin Active mode: a super admin explicitly enters one tenant and leaves it again. Both
 * moves are audited in that tenant, and so is everything done in between.
 */
export function enterTenant(deps: UseCaseDeps, admin: SuperAdminPrincipal, tenantId: string, origin: RequestOrigin): Promise<TenantType> {
  if (!isUuid(tenantId)) throw new NotFoundError('Tenant');
  return deps.dataSource.transaction(async (manager) => {
    const tenant = await manager.findOneBy(TenantEntity, { id: tenantId });
    if (!tenant) throw new NotFoundError('Tenant');
    if (admin.activeTenantId && admin.activeTenantId !== tenant.id) {
      throw new ConflictError('Leave the tenant you are in before entering another', { reason: 'ALREADY_IN_TENANT' });
    }
    await manager.update(SuperAdminEntity, { id: admin.superAdminId }, { activeTenantId: tenant.id });
    await recordAudit(
      manager,
      { tenantId: tenant.id, userId: null, superAdminId: admin.superAdminId, label: `${admin.displayName} (super admin)`, origin },
      { action: 'super_admin.enter_tenant', targetType: 'tenant', targetId: tenant.id, targetLabel: tenant.name },
    );
    return toTenantType(tenant);
  });
}

export function leaveTenant(deps: UseCaseDeps, admin: SuperAdminPrincipal, origin: RequestOrigin): Promise<boolean> {
  return deps.dataSource.transaction(async (manager) => {
    const tenantId = admin.activeTenantId;
    if (!tenantId) return false;
    const tenant = await manager.findOneBy(TenantEntity, { id: tenantId });
    await manager.update(SuperAdminEntity, { id: admin.superAdminId }, { activeTenantId: null });
    await recordAudit(
      manager,
      { tenantId, userId: null, superAdminId: admin.superAdminId, label: `${admin.displayName} (super admin)`, origin },
      { action: 'super_admin.leave_tenant', targetType: 'tenant', targetId: tenantId, targetLabel: tenant?.name ?? null },
    );
    return true;
  });
}
