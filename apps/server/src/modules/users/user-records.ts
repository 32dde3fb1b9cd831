import { DEFAULT_PASSWORD_POLICY, resolvePasswordPolicy, type PasswordPolicy } from '@access/domain';
import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../kernel/errors.js';
import { isUuid } from '../../kernel/ids.js';
import type { Actor } from '../audit/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { TenantEntity } from '../tenants/tenant.entity.js';
import { displayName } from './display-name.js';
import { stateOf } from './user-state.js';
import { UserEntity } from './user.entity.js';

/** Loads a tenant's user with a row lock, so concurrent changes to one user queue up. */
export async function lockUser(manager: EntityManager, tenantId: string, id: string, options: { withDeleted?: boolean } = {}): Promise<UserEntity> {
  if (!isUuid(id)) throw new NotFoundError('User');
  const user = await manager
    .getRepository(UserEntity)
    .createQueryBuilder('user')
    .setLock('pessimistic_write')
    .withDeleted()
    .where('user.id = :id AND user.tenant_id = :tenantId', { id, tenantId })
    .andWhere(options.withDeleted ? '1 = 1' : 'user.deleted_at IS NULL')
    .getOne();
  if (!user) throw new NotFoundError('User');
  return user;
}

/** What the audit log keeps of a user: everything an admin can see, never a secret. */
export function userSnapshot(user: UserEntity): Record<string, unknown> {
  return {
    username: user.username,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    phone: user.phone,
    jobTitle: user.jobTitle,
    department: user.department,
    location: user.location,
    timeZone: user.timeZone,
    origin: user.origin,
    roleId: user.roleId,
    state: stateOf(user),
    externalPlannerAccess: user.externalPlannerAccess,
    externalPurchasingAccess: user.externalPurchasingAccess,
    portalAccess: user.portalAccess,
    twoFactorRequired: user.twoFactorRequired,
    passwordChangeRequired: user.passwordChangeRequired,
  };
}

/** Only the keys that differ, so an audit entry shows exactly what changed. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key]])),
    after: Object.fromEntries(keys.map((key) => [key, after[key]])),
  };
}

export function auditUserChange(
  manager: EntityManager,
  actor: Actor,
  action: string,
  user: UserEntity,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Promise<void> {
  return recordAudit(manager, actor, { action, targetType: 'user', targetId: user.id, targetLabel: displayName(user), before, after });
}

export async function tenantOf(manager: EntityManager, tenantId: string): Promise<TenantEntity> {
  const tenant = await manager.findOneBy(TenantEntity, { id: tenantId });
  if (!tenant) throw new NotFoundError('Tenant');
  return tenant;
}

export function passwordPolicyOf(tenant: TenantEntity): PasswordPolicy {
  const resolved = resolvePasswordPolicy((tenant.passwordPolicy ?? {}) as Partial<PasswordPolicy>);
  return resolved.ok ? resolved.policy : DEFAULT_PASSWORD_POLICY;
}
