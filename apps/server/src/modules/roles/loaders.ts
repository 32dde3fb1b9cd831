import { CATALOGUE } from '@access/domain';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { RoleEntity } from './role.entity.js';

const catalogueOrder = (a: string, b: string) => (CATALOGUE.idOf(a) ?? Infinity) - (CATALOGUE.idOf(b) ?? Infinity);

function groupBy<T>(rows: T[], key: (row: T) => string, value: (row: T) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const row of rows) {
    const list = groups.get(key(row)) ?? [];
    list.push(value(row));
    groups.set(key(row), list);
  }
  return groups;
}

/**
 * A role's own permission keys from the tenant's compiled access model, at the caller's access
 * version; undefined for a role the model does not hold (a deleted one).
 */
export type OwnPermissionsOf = (roleId: string) => readonly string[] | undefined;

/**
 * Per-request batching for role fields: one statement per field, whatever the number of roles.
 * Own permissions come from the access model the request was authorized with, where it has one.
 */
export function createRoleLoaders(dataSource: DataSource, tenantId: string | null, accessModel?: () => Promise<OwnPermissionsOf>) {
  return {
    roleById: new DataLoader<string, RoleEntity | null>(async (ids) => {
      if (!tenantId) return ids.map(() => null);
      const rows = await dataSource
        .getRepository(RoleEntity)
        .createQueryBuilder('role')
        .withDeleted()
        .where('role.tenant_id = :tenantId AND role.id = ANY(:ids)', { tenantId, ids: [...ids] })
        .getMany();
      const byId = new Map(rows.map((role) => [role.id, role]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    parentIds: new DataLoader<string, string[]>(async (roleIds) => {
      const rows: Array<{ role_id: string; parent_role_id: string }> = await dataSource.query(
        'SELECT role_id, parent_role_id FROM role_parent WHERE role_id = ANY($1)',
        [[...roleIds]],
      );
      const groups = groupBy(rows, (row) => row.role_id, (row) => row.parent_role_id);
      return roleIds.map((id) => groups.get(id) ?? []);
    }),
    permissionKeys: new DataLoader<string, string[]>(async (roleIds) => {
      const ownPermissionsOf = await accessModel?.();
      const groups = new Map<string, string[]>();
      for (const id of roleIds) {
        const keys = ownPermissionsOf?.(id);
        if (keys) groups.set(id, [...keys]);
      }
      const unknown = roleIds.filter((id) => !groups.has(id));
      if (unknown.length > 0) {
        const rows: Array<{ role_id: string; permission_key: string }> = await dataSource.query(
          'SELECT role_id, permission_key FROM role_permission WHERE role_id = ANY($1)',
          [unknown],
        );
        for (const [id, keys] of groupBy(rows, (row) => row.role_id, (row) => row.permission_key)) groups.set(id, keys);
      }
      return roleIds.map((id) => (groups.get(id) ?? []).sort(catalogueOrder));
    }),
    usersCount: new DataLoader<string, number>(async (roleIds) => {
      const rows: Array<{ role_id: string; count: string | number }> = await dataSource.query(
        'SELECT role_id, count(*) AS count FROM user_account WHERE role_id = ANY($1) AND deleted_at IS NULL GROUP BY role_id',
        [[...roleIds]],
      );
      const counts = new Map(rows.map((row) => [row.role_id, Number(row.count)]));
      return roleIds.map((id) => counts.get(id) ?? 0);
    }),
  };
}

export type RoleLoaders = ReturnType<typeof createRoleLoaders>;
