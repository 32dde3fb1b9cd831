import { randomUUID } from 'node:crypto';
import { ConflictError } from '../../../kernel/errors.js';
import { inTenant, type PlatformActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { ensureSystemRoles } from '../../roles/system-roles.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { issueLinkIn } from '../../users/use-cases/links.js';
import { optionalText, validEmail, validUsername } from '../../users/user-fields.js';
import { auditUserChange, userSnapshot } from '../../users/user-records.js';
import { UserEntity } from '../../users/user.entity.js';
import type { CreateTenantInput } from '../dto/tenant.inputs.js';
import { validTenantName, validTenantSlug } from '../tenant-fields.js';
import { TenantEntity } from '../tenant.entity.js';
import { toTenantType } from '../tenant.mapper.js';
import type { TenantType } from '../tenant.type.js';

/**
 * Onboards a customer organisation: the tenant, the product's system roles, and its first
 * administrator, who is released straight away and invited with an activation link (no password
 * travels by mail). Audited on the platform trail and, for the invitation, in the new tenant.
 */
export function createTenant(deps: UseCaseDeps, actor: PlatformActor, input: CreateTenantInput): Promise<TenantType> {
  const slug = validTenantSlug(input.slug);
  const name = validTenantName(input.name);
  const username = validUsername(input.firstAdmin.username);
  const email = validEmail(input.firstAdmin.email, 'firstAdmin.email');
  const firstName = optionalText('firstAdmin.firstName', input.firstAdmin.firstName, 100) ?? null;
  const lastName = optionalText('firstAdmin.lastName', input.firstAdmin.lastName, 100) ?? null;

  return deps.dataSource.transaction(async (manager) => {
    // The unique index would refuse a duplicate too; asking first gives the form a field to point at.
    if (await manager.existsBy(TenantEntity, { slug })) {
      throw new ConflictError(`The sign-in name "${slug}" is taken by another organisation`, { reason: 'SLUG_TAKEN', field: 'slug' });
    }
    const tenant = await manager.save(manager.create(TenantEntity, { slug, name }));
    const roles = await ensureSystemRoles(manager, tenant.id);
    const administrator = roles.get('administrator')!;
    const tenantActor = inTenant(actor, tenant.id);

    const admin = manager.create(UserEntity, {
      id: randomUUID(),
      tenantId: tenant.id,
      username,
      email,
      firstName,
      lastName,
      origin: 'internal',
      roleId: administrator.id,
      holdInvite: false,
      isActive: true,
      passwordHash: null,
    });
    await manager.save(admin);
    await auditUserChange(manager, tenantActor, 'user.create', admin, null, { ...userSnapshot(admin), invitedAsFirstAdministrator: true });
    const invitation = await issueLinkIn(deps, manager, tenantActor, admin, 'activation');

    await recordAudit(manager, actor, {
      action: 'tenant.create',
      targetType: 'tenant',
      targetId: tenant.id,
      targetLabel: tenant.name,
      after: { slug, name, firstAdmin: { id: admin.id, username, email }, activationLinkExpiresAt: invitation.expiresAt.toISOString() },
    });
    return toTenantType(tenant);
  });
}
