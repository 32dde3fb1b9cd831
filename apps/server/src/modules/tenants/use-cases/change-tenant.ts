import { ConflictError } from '../../../kernel/errors.js';
import type { PlatformActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { validTenantName } from '../tenant-fields.js';
import { lockTenant } from '../tenant-records.js';
import { toTenantType } from '../tenant.mapper.js';
import type { TenantType } from '../tenant.type.js';

/** Changes the display name only: the slug people sign in with never changes. */
export function renameTenant(deps: UseCaseDeps, actor: PlatformActor, id: string, rawName: string): Promise<TenantType> {
  const name = validTenantName(rawName);
  return deps.dataSource.transaction(async (manager) => {
    const tenant = await lockTenant(manager, id);
    if (tenant.name === name) return toTenantType(tenant);
    const before = tenant.name;
    tenant.name = name;
    await manager.save(tenant);
    await recordAudit(manager, actor, { action: 'tenant.rename', targetType: 'tenant', targetId: tenant.id, targetLabel: name, before: { name: before }, after: { name } });
    return toTenantType(tenant);
  });
}

/**
 * Suspension is one timestamp: sign-in, token and session checks read it on every request, so it
 * takes effect at once, and reactivation restores exactly what was there.
 */
export function suspendTenant(deps: UseCaseDeps, actor: PlatformActor, id: string, reason: string | null): Promise<TenantType> {
  const why = reason?.trim() || null;
  return deps.dataSource.transaction(async (manager) => {
    const tenant = await lockTenant(manager, id);
    if (tenant.suspendedAt) throw new ConflictError('This tenant is already suspended', { reason: 'TENANT_ALREADY_SUSPENDED' });
    tenant.suspendedAt = new Date();
    await manager.save(tenant);
    await recordAudit(manager, actor, {
      action: 'tenant.suspend',
      targetType: 'tenant',
      targetId: tenant.id,
      targetLabel: tenant.name,
      before: { status: 'ACTIVE' },
      after: { status: 'SUSPENDED', reason: why },
    });
    return toTenantType(tenant);
  });
}

export function reactivateTenant(deps: UseCaseDeps, actor: PlatformActor, id: string): Promise<TenantType> {
  return deps.dataSource.transaction(async (manager) => {
    const tenant = await lockTenant(manager, id);
    if (!tenant.suspendedAt) throw new ConflictError('This tenant is not suspended', { reason: 'TENANT_NOT_SUSPENDED' });
    const suspendedAt = tenant.suspendedAt;
    tenant.suspendedAt = null;
    await manager.save(tenant);
    await recordAudit(manager, actor, {
      action: 'tenant.reactivate',
      targetType: 'tenant',
      targetId: tenant.id,
      targetLabel: tenant.name,
      before: { status: 'SUSPENDED', suspendedAt: suspendedAt.toISOString() },
      after: { status: 'ACTIVE' },
    });
    return toTenantType(tenant);
  });
}
