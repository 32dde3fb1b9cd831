import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../kernel/errors.js';
import { isUuid } from '../../kernel/ids.js';
import { assertMayActOnUser } from '../access/delegation-guard.js';
import { tenantAccessIn } from '../access/tenant-access.js';
import type { Actor } from '../audit/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { displayName } from '../users/display-name.js';
import { UserEntity } from '../users/user.entity.js';
import { ApprovalGroupEntity } from './approval-group.entity.js';
import { groupNameTaken, userInactive } from './approvals.errors.js';

/** Loads a tenant's group with a row lock, so concurrent changes to one group queue up. */
export async function lockGroup(manager: EntityManager, tenantId: string, id: string): Promise<ApprovalGroupEntity> {
  if (!isUuid(id)) throw new NotFoundError('Approval group');
  const group = await manager
    .getRepository(ApprovalGroupEntity)
    .createQueryBuilder('group')
    .setLock('pessimistic_write')
    .where('group.id = :id AND group.tenant_id = :tenantId', { id, tenantId })
    .getOne();
  if (!group) throw new NotFoundError('Approval group');
  return group;
}

export async function assertGroupNameFree(manager: EntityManager, tenantId: string, name: string, exceptId?: string): Promise<void> {
  const clash: Array<{ id: string }> = await manager.query('SELECT id FROM approval_group WHERE tenant_id = $1 AND lower(name) = lower($2)', [tenantId, name]);
  if (clash.some((row) => row.id !== exceptId)) throw groupNameTaken(name);
}

/**
 * Locks the people about to join or leave a group or delegation, in id order so two changes never
 * wait on each other. Whoever joins must be an active user of the tenant (deactivation takes people
 * out, so letting an inactive one in would undo it); whoever leaves need only be the tenant's. The
 * caller must be allowed to act on each of them: being an approver, or approving in someone's
 * place, is part of a user's duties, edited under the same delegation guard as the rest of the user.
 */
export async function lockApprovers(
  manager: EntityManager,
  actor: Actor,
  ids: readonly string[],
  field: string | ((id: string) => string),
  { joining }: { joining: boolean },
): Promise<Map<string, UserEntity>> {
  const fieldOf = typeof field === 'string' ? () => field : field;
  const wanted = [...new Set(ids)].sort();
  const malformed = wanted.find((id) => !isUuid(id));
  if (malformed !== undefined) throw new NotFoundError('User', { field: fieldOf(malformed) });
  const users = wanted.length === 0 ? [] : await manager
    .getRepository(UserEntity)
    .createQueryBuilder('user')
    .setLock('pessimistic_write')
    .withDeleted()
    .where('user.tenant_id = :tenantId AND user.id = ANY(:ids)', { tenantId: actor.tenantId, ids: wanted })
    .andWhere(joining ? 'user.deleted_at IS NULL' : '1 = 1')
    .orderBy('user.id')
    .getMany();
  const found = new Map(users.map((user) => [user.id, user]));
  const missing = wanted.find((id) => !found.has(id));
  if (missing !== undefined) throw new NotFoundError('User', { field: fieldOf(missing) });
  const inactive = joining ? users.find((user) => !user.isActive) : undefined;
  if (inactive) throw userInactive(fieldOf(inactive.id), displayName(inactive));
  if (actor.userId !== null) {
    const access = await tenantAccessIn(manager, actor.tenantId);
    for (const user of users) await assertMayActOnUser(manager, actor, user, access);
  }
  return found;
}

/** The group's members by name, as the audit log lists them. */
export async function memberNames(manager: EntityManager, groupId: string): Promise<string[]> {
  const rows: Array<{ first_name: string | null; last_name: string | null; username: string }> = await manager.query(
    `SELECT u.first_name, u.last_name, u.username FROM approval_group_member m JOIN user_account u ON u.id = m.user_id
      WHERE m.group_id = $1 ORDER BY u.id`,
    [groupId],
  );
  return rows.map((row) => displayName({ firstName: row.first_name, lastName: row.last_name, username: row.username })).sort((a, b) => a.localeCompare(b));
}

export function auditGroupChange(
  manager: EntityManager,
  actor: Actor,
  action: string,
  group: ApprovalGroupEntity,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Promise<void> {
  return recordAudit(manager, actor, { action, targetType: 'approval_group', targetId: group.id, targetLabel: group.name, before, after });
}
