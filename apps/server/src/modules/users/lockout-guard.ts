import type { PermissionKey } from '@access/domain';
import type { EntityManager } from 'typeorm';
import { loadTenantAccess, userGrant } from '../access/tenant-access.js';
import { lockoutRefused } from './users.errors.js';

/** Whoever holds these can give anyone any access back, so one of them must always remain. */
const ADMINISTRATION: readonly PermissionKey[] = ['users.roles.assign', 'roles.manage'];

export interface UserAccessChange {
  userId: string;
  /** The user leaves the set of people who can sign in (deactivated or deleted). */
  removed?: boolean;
  /** The user moves to this role. */
  roleId?: string;
}

/**
 * Refuses a change that would leave the tenant without an active user able to manage users and
 * roles. A tenant already in that state is not blocked from changes that cannot make it worse.
 */
export async function assertTenantKeepsAdministrator(
  manager: EntityManager,
  tenantId: string,
  change: UserAccessChange,
  what: string,
): Promise<void> {
  const access = await loadTenantAccess(manager, tenantId, 0);
  const rows: Array<{ id: string; role_id: string }> = await manager.query(
    'SELECT id, role_id FROM user_account WHERE tenant_id = $1 AND deleted_at IS NULL AND is_active AND NOT hold_invite',
    [tenantId],
  );
  const canAdminister = (user: { id: string; roleId: string }) =>
    ADMINISTRATION.every((key) => access.model.can(userGrant(access, user), key));
  const users = rows.map((row) => ({ id: row.id, roleId: row.role_id }));
  const target = users.find((user) => user.id === change.userId);
  if (!target || !canAdminister(target)) return;

  const after = users
    .filter((user) => !(change.removed && user.id === change.userId))
    .map((user) => (user.id === change.userId && change.roleId ? { ...user, roleId: change.roleId } : user));
  if (!after.some(canAdminister)) throw lockoutRefused(what);
}
