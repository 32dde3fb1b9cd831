import { bitIds, hasBit } from './bitset.js';
import type { AccessModel, UserGrant } from './access-model.js';
import type { ModuleDefinition } from './types.js';

export type PermissionSource =
  | { readonly kind: 'role'; readonly roleId: string; readonly roleName: string }
  | {
      readonly kind: 'inherited';
      /** The ancestor role that owns the permission. */
      readonly roleId: string;
      readonly roleName: string;
      /** Role names from the user's role to that ancestor: `['Senior Buyer', 'Buyer']`. */
      readonly path: readonly string[];
    }
  | { readonly kind: 'direct' };

export type PermissionState<K extends string> =
  | { readonly state: 'active' }
  | {
      readonly state: 'inactive';
      /** Transitive prerequisites no source grants, in catalogue order. */
      readonly missing: readonly K[];
    };

export type EffectivePermission<K extends string> = {
  readonly key: K;
  /** Every source, in the order role, inherited (nearest first), direct. */
  readonly sources: readonly PermissionSource[];
} & PermissionState<K>;

/** Sources of every permission held through `roleId` (own and inherited) and `direct`, by id. */
export function collectSources<K extends string, M extends string>(
  model: AccessModel<K, M>,
  roleId: string | null,
  direct: readonly string[],
): Map<number, PermissionSource[]> {
  const sources = new Map<number, PermissionSource[]>();
  const add = (keys: readonly string[], source: PermissionSource): void => {
    for (const key of new Set(keys)) {
      const id = model.catalogue.idOf(key);
      if (id === undefined) continue;
      const list = sources.get(id);
      if (list) list.push(source);
      else sources.set(id, [source]);
    }
  };
  const role = roleId === null ? undefined : model.graph.get(roleId);
  if (role) {
    add(role.permissions, { kind: 'role', roleId: role.id, roleName: role.name });
    for (const { role: ancestor, path } of model.graph.ancestors(role.id)) {
      add(ancestor.permissions, {
        kind: 'inherited',
        roleId: ancestor.id,
        roleName: ancestor.name,
        path: path.map((r) => r.name),
      });
    }
  }
  add(direct, { kind: 'direct' });
  return sources;
}

/**
 * A user's effective permissions in catalogue order: role ∪ inherited ∪ direct, each with all
 * its sources and whether it is active or which prerequisites it is missing.
 */
export function effectivePermissions<K extends string, M extends string>(
  model: AccessModel<K, M>,
  user: UserGrant,
): EffectivePermission<K>[] {
  const sources = collectSources(model, user.roleId, user.direct);
  const granted = model.userGrantedBits(user);
  const active = model.userActiveBits(user);
  return bitIds(granted).map((id) => {
    const key = model.catalogue.permissionAt(id).key;
    const list = sources.get(id) ?? [];
    return hasBit(active, id)
      ? { key, sources: list, state: 'active' as const }
      : { key, sources: list, state: 'inactive' as const, missing: model.catalogue.missingFor(id, granted) };
  });
}

/** Modules whose access permission is active for the user; the rest are invisible. */
export function visibleModules<K extends string, M extends string>(
  model: AccessModel<K, M>,
  user: UserGrant,
): ModuleDefinition<M, K>[] {
  return model.catalogue.modules.filter((m) => model.can(user, m.access));
}
