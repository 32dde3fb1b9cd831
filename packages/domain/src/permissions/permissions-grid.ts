import { hasBit } from './bitset.js';
import type { AccessModel } from './access-model.js';
import type { ModuleDefinition, PermissionDefinition } from './types.js';

export interface InheritedFrom {
  readonly roleId: string;
  readonly roleName: string;
  /** Role names from the row's role to the ancestor owning the permission. */
  readonly path: readonly string[];
}

/**
 * One cell of the Permissions Manager. `granted` and `inherited` carry `missing` when the
 * permission is held but inactive; `unavailable` means ticking it needs `missing` first.
 */
export type GridCell<K extends string> =
  | {
      readonly key: K;
      readonly state: 'granted';
      readonly toggleable: true;
      /** Non-empty when the role also inherits it: revoking here would not remove it. */
      readonly inheritedFrom: readonly InheritedFrom[];
      readonly missing: readonly K[];
    }
  | {
      readonly key: K;
      readonly state: 'inherited';
      /** Change it on the parent role instead. */
      readonly toggleable: false;
      readonly inheritedFrom: readonly InheritedFrom[];
      readonly missing: readonly K[];
    }
  | { readonly key: K; readonly state: 'unavailable'; readonly toggleable: true; readonly missing: readonly K[] }
  | { readonly key: K; readonly state: 'off'; readonly toggleable: true };

export interface GridRow<K extends string> {
  readonly roleId: string;
  readonly roleName: string;
  /** One cell per catalogued permission, in catalogue order. */
  readonly cells: readonly GridCell<K>[];
}

export interface PermissionsGrid<K extends string, M extends string> {
  readonly modules: readonly {
    readonly module: ModuleDefinition<M, K>;
    readonly permissions: readonly PermissionDefinition<K, M>[];
  }[];
  readonly rows: readonly GridRow<K>[];
}

/** The Permissions Manager for one role. */
export function gridRow<K extends string, M extends string>(model: AccessModel<K, M>, roleId: string): GridRow<K> {
  const role = model.graph.get(roleId);
  if (!role) throw new Error(`Unknown role "${roleId}"`);
  const { catalogue } = model;
  const own = catalogue.bitsOf(role.permissions);
  const granted = model.roleGrantedBits(roleId);
  const active = model.roleActiveBits(roleId);

  const inherited = new Map<number, InheritedFrom[]>();
  for (const { role: ancestor, path } of model.graph.ancestors(roleId)) {
    const from = { roleId: ancestor.id, roleName: ancestor.name, path: path.map((r) => r.name) };
    for (const key of new Set(ancestor.permissions)) {
      const id = catalogue.idOf(key);
      if (id === undefined) continue;
      const list = inherited.get(id);
      if (list) list.push(from);
      else inherited.set(id, [from]);
    }
  }

  const cells = catalogue.permissions.map((p, id): GridCell<K> => {
    const key = p.key;
    const missing = hasBit(active, id) ? [] : catalogue.missingFor(id, granted);
    if (hasBit(own, id)) {
      return { key, state: 'granted', toggleable: true, inheritedFrom: inherited.get(id) ?? [], missing };
    }
    if (hasBit(granted, id)) {
      return { key, state: 'inherited', toggleable: false, inheritedFrom: inherited.get(id) ?? [], missing };
    }
    if (missing.length > 0) return { key, state: 'unavailable', toggleable: true, missing };
    return { key, state: 'off', toggleable: true };
  });
  return { roleId: role.id, roleName: role.name, cells };
}

/** The Permissions Manager grid: roles (all, or `roleIds` in that order) x permissions by module. */
export function permissionsGrid<K extends string, M extends string>(
  model: AccessModel<K, M>,
  roleIds?: readonly string[],
): PermissionsGrid<K, M> {
  const { catalogue } = model;
  return {
    modules: catalogue.modules.map((module) => ({
      module,
      permissions: catalogue.permissions.filter((p) => p.module === module.key),
    })),
    rows: (roleIds ?? model.graph.roles.map((r) => r.id)).map((id) => gridRow(model, id)),
  };
}
