import { checkPassword, DEFAULT_PASSWORD_POLICY } from '@access/domain';
import type { EntityManager } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import type { PlatformActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { hashPassword } from '../../auth/password-hashing.js';
import { AuthSessionEntity } from '../../sessions/auth-session.entity.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { validEmail, validUsername } from '../../users/user-fields.js';
import { passwordRejected } from '../../users/users.errors.js';
import type { CreateSuperAdminInput } from '../dto/super-admin.inputs.js';
import { SuperAdminEntity } from '../super-admin.entity.js';
import { toSuperAdminType } from '../super-admin.mapper.js';
import type { SuperAdminType } from '../super-admin.type.js';

/** Operators hold the keys to every tenant: a new account must enrol an authenticator before it gets a session. */
export async function createSuperAdmin(deps: UseCaseDeps, actor: PlatformActor, input: CreateSuperAdminInput): Promise<SuperAdminType> {
  const username = validUsername(input.username);
  const email = validEmail(input.email);
  const displayName = input.displayName.trim();
  if (displayName.length === 0 || displayName.length > 200) throw new BadUserInputError('displayName', 'Enter a name of 1 to 200 characters');
  const check = checkPassword(input.password, DEFAULT_PASSWORD_POLICY, { username, email });
  if (!check.ok) throw passwordRejected('password', check.failures);
  const passwordHash = await hashPassword(input.password);

  return deps.dataSource.transaction(async (manager) => {
    const clash = await manager
      .getRepository(SuperAdminEntity)
      .createQueryBuilder('admin')
      .where('lower(admin.username) = lower(:username)', { username })
      .getExists();
    if (clash) throw new ConflictError(`The username "${username}" is taken`, { reason: 'USERNAME_TAKEN', field: 'username' });
    const admin = await manager.save(manager.create(SuperAdminEntity, { username, displayName, email, passwordHash, twoFactorRequired: true }));
    await recordAudit(manager, actor, {
      action: 'super_admin.create',
      targetType: 'super_admin',
      targetId: admin.id,
      targetLabel: displayName,
      after: { username, displayName, email, twoFactorRequired: true },
    });
    return toSuperAdminType(admin);
  });
}

/**
 * Locks every active account, not just the target, so two operators deactivating each other at
 * the same moment cannot both succeed and leave the platform without one.
 */
async function lockActiveAccounts(manager: EntityManager): Promise<SuperAdminEntity[]> {
  return manager
    .getRepository(SuperAdminEntity)
    .createQueryBuilder('admin')
    .setLock('pessimistic_write')
    .where('admin.deactivated_at IS NULL')
    .orderBy('admin.id')
    .getMany();
}

async function lockAccount(manager: EntityManager, id: string): Promise<SuperAdminEntity> {
  const admin = isUuid(id)
    ? await manager.getRepository(SuperAdminEntity).createQueryBuilder('admin').setLock('pessimistic_write').where('admin.id = :id', { id }).getOne()
    : null;
  if (!admin) throw new NotFoundError('Super admin', { field: 'id' });
  return admin;
}

/** Deactivation ends the account's sessions at once; the last active account cannot go. */
export function deactivateSuperAdmin(deps: UseCaseDeps, actor: PlatformActor, id: string): Promise<SuperAdminType> {
  return deps.dataSource.transaction(async (manager) => {
    const active = await lockActiveAccounts(manager);
    const admin = await lockAccount(manager, id);
    if (admin.deactivatedAt) throw new ConflictError('This account is already deactivated', { reason: 'SUPER_ADMIN_INACTIVE' });
    if (active.length <= 1) {
      throw new ConflictError('This is the last active super admin: create or reactivate another one first', { reason: 'LAST_SUPER_ADMIN' });
    }
    admin.deactivatedAt = new Date();
    admin.activeTenantId = null;
    await manager.save(admin);
    const ended = await manager
      .createQueryBuilder()
      .update(AuthSessionEntity)
      .set({ revokedAt: () => 'now()', revokedReason: 'super_admin_deactivated' })
      .where('super_admin_id = :id AND revoked_at IS NULL', { id: admin.id })
      .execute();
    await recordAudit(manager, actor, {
      action: 'super_admin.deactivate',
      targetType: 'super_admin',
      targetId: admin.id,
      targetLabel: admin.displayName,
      before: { active: true },
      after: { active: false, sessionsEnded: ended.affected ?? 0 },
    });
    return toSuperAdminType(admin);
  });
}

export function reactivateSuperAdmin(deps: UseCaseDeps, actor: PlatformActor, id: string): Promise<SuperAdminType> {
  return deps.dataSource.transaction(async (manager) => {
    const admin = await lockAccount(manager, id);
    if (!admin.deactivatedAt) throw new ConflictError('This account is active', { reason: 'SUPER_ADMIN_ACTIVE' });
    admin.deactivatedAt = null;
    await manager.save(admin);
    await recordAudit(manager, actor, {
      action: 'super_admin.reactivate',
      targetType: 'super_admin',
      targetId: admin.id,
      targetLabel: admin.displayName,
      before: { active: false },
      after: { active: true },
    });
    return toSuperAdminType(admin);
  });
}
