import {
  checkActOnUser,
  checkRoleChange,
  checkUserChange,
  checkUserGrant,
  type AccessModel,
  type DelegationCheck,
  type PermissionKey,
  type UserGrant,
} from '@access/domain';
import type { EntityManager } from 'typeorm';
import { ForbiddenError } from '../../kernel/errors.js';
import type { Actor } from '../audit/actor.js';
import { tenantAccessIn, userGrant, type TenantAccess } from './tenant-access.js';

/**
 * Enforces @access/domain's delegation rule (no handing out, and no acting on, more than the
 * caller holds) inside the change's transaction, against the model as that transaction reads it.
 * A super admin inside a tenant is exempt: they restore what a tenant cannot restore itself.
 */

function refuse(check: DelegationCheck<PermissionKey>): void {
  if (!check.ok) throw new ForbiddenError(check.message, { reason: check.code, missing: [...check.missing] });
}

/** The acting user as the model sees them; null for a super admin. */
async function callerOf(manager: EntityManager, access: TenantAccess, actor: Actor): Promise<UserGrant | null> {
  if (actor.userId === null) return null;
  const [row] = await manager.query<Array<{ role_id: string }>>(
    'SELECT role_id FROM user_account WHERE id = $1 AND tenant_id = $2 AND deleted_at IS NULL',
    [actor.userId, access.tenantId],
  );
  // A caller deleted since their request began holds nothing.
  return userGrant(access, { id: actor.userId, roleId: row?.role_id ?? '' });
}

interface UserRef {
  id: string;
  roleId: string;
}

async function accessAndCaller(manager: EntityManager, actor: Actor) {
  const access = await tenantAccessIn(manager, actor.tenantId);
  return { access, caller: await callerOf(manager, access, actor) };
}

/** Editing, resetting, ending sessions of, issuing tokens for... a user who holds nothing the caller lacks. */
export async function assertMayActOnUser(manager: EntityManager, actor: Actor, user: UserRef, current?: TenantAccess): Promise<void> {
  if (actor.userId === null) return;
  const { access, caller } = current ? { access: current, caller: await callerOf(manager, current, actor) } : await accessAndCaller(manager, actor);
  if (caller) refuse(checkActOnUser(access.model, caller, userGrant(access, user)));
}

/** As assertMayActOnUser, for a user known by id only (a token's owner); acting on oneself is always allowed. */
export async function assertMayActOnUserId(manager: EntityManager, actor: Actor, userId: string): Promise<void> {
  if (actor.userId === null || actor.userId === userId) return;
  const [row] = await manager.query<Array<{ role_id: string }>>('SELECT role_id FROM user_account WHERE id = $1 AND tenant_id = $2', [
    userId,
    actor.tenantId,
  ]);
  if (row) await assertMayActOnUser(manager, actor, { id: userId, roleId: row.role_id });
}

async function assignmentCheck(manager: EntityManager, actor: Actor, user: UserRef | null, roleId: string, what: string): Promise<DelegationCheck<PermissionKey>> {
  if (actor.userId === null) return { ok: true };
  const { access, caller } = await accessAndCaller(manager, actor);
  if (!caller) return { ok: true };
  const target = user ? userGrant(access, user) : null;
  const after: UserGrant = target ? { ...target, roleId } : { id: 'new user', roleId, direct: [] };
  return checkUserChange(access.model, caller, target, after, what);
}

/** Putting a user (null: a new one) on `roleId`: the result holds nothing the caller lacks. */
export async function assertMayAssignRole(manager: EntityManager, actor: Actor, user: UserRef | null, roleId: string, what: string): Promise<void> {
  refuse(await assignmentCheck(manager, actor, user, roleId, what));
}

/** What the caller lacks to put a user (null: a new one) on `roleId`; empty when allowed. */
export async function roleAssignmentGap(manager: EntityManager, actor: Actor, user: UserRef | null, roleId: string): Promise<PermissionKey[]> {
  const check = await assignmentCheck(manager, actor, user, roleId, 'Assigning this role');
  return check.ok ? [] : [...check.missing];
}

export async function assertMayGrantToUser(manager: EntityManager, actor: Actor, access: TenantAccess, user: UserGrant, keys: readonly PermissionKey[]): Promise<void> {
  const caller = await callerOf(manager, access, actor);
  if (caller) refuse(checkUserGrant(access.model, caller, user, keys));
}

/** A change to roles, as the model before and after it; `users` are the tenant's users with direct permissions. */
export async function assertMayChangeRoles(
  manager: EntityManager,
  actor: Actor,
  access: TenantAccess,
  after: AccessModel,
  grantedKeys: readonly PermissionKey[] = [],
): Promise<void> {
  const caller = await callerOf(manager, access, actor);
  if (!caller) return;
  // A role gaining a prerequisite can wake a user's dormant direct permission: those users are compared too.
  const withDirect = [...access.direct.keys()];
  const rows: Array<{ id: string; role_id: string }> = withDirect.length === 0 ? [] : await manager.query<Array<{ id: string; role_id: string }>>(
    'SELECT id, role_id FROM user_account WHERE tenant_id = $1 AND deleted_at IS NULL AND id = ANY($2)',
    [access.tenantId, withDirect],
  );
  const users = rows.map((row) => userGrant(access, { id: row.id, roleId: row.role_id }));
  refuse(checkRoleChange(access.model, after, caller, users, grantedKeys));
}
