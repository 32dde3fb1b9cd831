import { AccessModel, CATALOGUE, type RoleNode, type UserGrant } from '@access/domain';
import type { EntityManager } from 'typeorm';

export interface TenantAccess {
  tenantId: string;
  version: number;
  model: AccessModel;
  /** Direct permission keys by user id (only users that have any). */
  direct: ReadonlyMap<string, readonly string[]>;
}

export function userGrant(access: TenantAccess, user: { id: string; roleId: string; name?: string }): UserGrant {
  return { id: user.id, name: user.name, roleId: user.roleId, direct: access.direct.get(user.id) ?? [] };
}

/**
 * The tenant's access read once per transaction, for checks inside user administration (the
 * delegation rule, the last-administrator guard), which changes no role or grant: one read serves
 * them all, and every row of an import. Outside a transaction (no query runner of its own) it reads
 * afresh, since the manager outlives the request.
 */
const perTransaction = new WeakMap<EntityManager, Promise<TenantAccess>>();

export function tenantAccessIn(manager: EntityManager, tenantId: string): Promise<TenantAccess> {
  if (!manager.queryRunner) return loadTenantAccess(manager, tenantId, 0);
  let loading = perTransaction.get(manager);
  if (!loading) {
    loading = loadTenantAccess(manager, tenantId, 0);
    perTransaction.set(manager, loading);
  }
  return loading;
}

/** The tenant's access as a change would leave it, to check the change before it is written. */
export function accessAfter(
  access: TenantAccess,
  change: { roles?: (roles: readonly RoleNode[]) => RoleNode[]; direct?: ReadonlyMap<string, readonly string[]> },
): TenantAccess {
  const roles = change.roles ? change.roles(access.model.graph.roles) : access.model.graph.roles;
  return { ...access, model: change.roles ? new AccessModel(roles, CATALOGUE) : access.model, direct: change.direct ?? access.direct };
}

/** For accessAfter: the roles with one role's own permissions changed. */
export const withOwnPermissions =
  (roleId: string, change: (own: readonly string[]) => string[]) =>
  (roles: readonly RoleNode[]): RoleNode[] =>
    roles.map((role) => (role.id === roleId ? { ...role, permissions: change(role.permissions) } : role));

/**
 * Reads a tenant's live roles, inheritance edges, role grants and direct grants: four statements
 * whatever the number of roles or users. They run one after another because inside a
 * transaction they share one connection.
 */
export async function loadTenantAccess(manager: EntityManager, tenantId: string, version: number): Promise<TenantAccess> {
  const roles = await manager.query<Array<{ id: string; name: string }>>(
    'SELECT id, name FROM role WHERE tenant_id = $1 AND deleted_at IS NULL',
    [tenantId],
  );
  const parents = await manager.query<Array<{ role_id: string; parent_role_id: string }>>(
    `SELECT rp.role_id, rp.parent_role_id FROM role_parent rp
       JOIN role r ON r.id = rp.role_id JOIN role p ON p.id = rp.parent_role_id
      WHERE r.tenant_id = $1 AND r.deleted_at IS NULL AND p.deleted_at IS NULL`,
    [tenantId],
  );
  const rolePermissions = await manager.query<Array<{ role_id: string; permission_key: string }>>(
    `SELECT rp.role_id, rp.permission_key FROM role_permission rp
       JOIN role r ON r.id = rp.role_id WHERE r.tenant_id = $1 AND r.deleted_at IS NULL`,
    [tenantId],
  );
  const userPermissions = await manager.query<Array<{ user_id: string; permission_key: string }>>(
    'SELECT user_id, permission_key FROM user_permission WHERE tenant_id = $1',
    [tenantId],
  );

  const nodes = new Map<string, { id: string; name: string; parentIds: string[]; permissions: string[] }>();
  for (const role of roles) nodes.set(role.id, { id: role.id, name: role.name, parentIds: [], permissions: [] });
  for (const edge of parents) nodes.get(edge.role_id)?.parentIds.push(edge.parent_role_id);
  for (const grant of rolePermissions) nodes.get(grant.role_id)?.permissions.push(grant.permission_key);
  const direct = new Map<string, string[]>();
  for (const grant of userPermissions) {
    const keys = direct.get(grant.user_id) ?? [];
    keys.push(grant.permission_key);
    direct.set(grant.user_id, keys);
  }
  return { tenantId, version, model: new AccessModel([...nodes.values()] as RoleNode[], CATALOGUE), direct };
}
