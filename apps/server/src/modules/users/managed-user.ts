import type { EntityManager } from 'typeorm';
import { assertMayActOnUser } from '../access/delegation-guard.js';
import type { Actor } from '../audit/actor.js';
import { lockUser } from './user-records.js';
import type { UserEntity } from './user.entity.js';

/**
 * Locks the user an admin action is about to change, refusing (FORBIDDEN, with what is missing) a
 * user who holds a permission the caller lacks: otherwise a User Manager could reset an
 * Administrator's password or 2FA, or change their email, and sign in as them.
 */
export async function lockManagedUser(manager: EntityManager, actor: Actor, id: string, options: { withDeleted?: boolean } = {}): Promise<UserEntity> {
  const user = await lockUser(manager, actor.tenantId, id, options);
  await assertMayActOnUser(manager, actor, user);
  return user;
}
