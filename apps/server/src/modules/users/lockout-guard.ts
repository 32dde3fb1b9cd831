import type { PermissionKey } from '@access/domain';
import type { EntityManager } from 'typeorm';
import { tenantAccessIn, userGrant, type TenantAccess } from '../access/tenant-access.js';
import { NotFoundError } from '../../kernel/errors.js';
import { lockoutRefused } from './users.errors.js';

/**
 * Whoever holds these can give anyone any access back (roles, their permissions, a user's role and
 * direct permissions), so someone active must always hold all of them.
 */
const ADMINISTRATION: readonly PermissionKey[] = ['users.roles.assign', 'users.permissions.grant', 'roles.manage', 'permissions.grant'];

interface TenantUser {
  id: string;
  roleId: string;
}

/** The users who can sign in: active, released, not deleted. */
async function signInUsers(manager: EntityManager, tenantId: string): Promise<TenantUser[]> {
  const rows: Array<{ id: string; role_id: string }> = await manager.query(
    'SELECT id, role_id FROM user_account WHERE tenant_id = $1 AND deleted_at IS NULL AND is_active AND NOT hold_invite',
    [tenantId],
  );
  return rows.map((row) => ({ id: row.id, roleId: row.role_id }));
}

const canAdminister = (access: TenantAccess, user: TenantUser) => ADMINISTRATION.every((key) => access.model.can(userGrant(access, user), key));

/**
 * Taken first by every user change the guard checks, before the user's own row. Two such changes
 * (the last two administrators deactivating each other, or one losing the role while the other is
 * deactivated) would otherwise each see the other still active and both commit. It is the row that
 * role and grant changes lock first too (`lockTenantAccess`), so they queue against each other in
 * one order; NO KEY UPDATE still lets other transactions insert rows that reference the tenant.
 */
export async function lockTenantAdministrators(manager: EntityManager, tenantId: string): Promise<void> {
  const rows: unknown[] = await manager.query('SELECT 1 FROM tenant WHERE id = $1 FOR NO KEY UPDATE', [tenantId]);
  if (rows.length === 0) throw new NotFoundError('Tenant');
}

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
 * The transaction must hold `lockTenantAdministrators`.
 */
export async function assertTenantKeepsAdministrator(
  manager: EntityManager,
  tenantId: string,
  change: UserAccessChange,
  what: string,
): Promise<void> {
  const access = await tenantAccessIn(manager, tenantId);
  const users = await signInUsers(manager, tenantId);
  const target = users.find((user) => user.id === change.userId);
  if (!target || !canAdminister(access, target)) return;

  const after = users
    .filter((user) => !(change.removed && user.id === change.userId))
    .map((user) => (user.id === change.userId && change.roleId ? { ...user, roleId: change.roleId } : user));
  if (!after.some((user) => canAdminister(access, user))) throw lockoutRefused(what);
}

/**
 * The same safety net for a change to roles or direct permissions (a revoke, new parents, a
 * deleted parent role): `after` is the tenant's access once changed.
 */
export async function assertAccessChangeKeepsAdministrator(manager: EntityManager, before: TenantAccess, after: TenantAccess, what: string): Promise<void> {
  const users = await signInUsers(manager, before.tenantId);
  if (!users.some((user) => canAdminister(before, user))) return;
  if (!users.some((user) => canAdminister(after, user))) throw lockoutRefused(what);
}
