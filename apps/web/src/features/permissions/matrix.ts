import type { MatrixCell, MatrixModule, MatrixPermission } from './graphql/permissions.graphql';

export interface PermissionIndex {
  byKey: ReadonlyMap<string, MatrixPermission & { module: string }>;
  /** key -> permissions that list it as a direct prerequisite. */
  dependants: ReadonlyMap<string, readonly string[]>;
}

/** Indexes the server's catalogue (the matrix modules) by key and by reverse prerequisite. */
export function indexPermissions(modules: readonly MatrixModule[]): PermissionIndex {
  const byKey = new Map<string, MatrixPermission & { module: string }>();
  const dependants = new Map<string, string[]>();
  for (const module of modules) {
    for (const permission of module.permissions) {
      byKey.set(permission.key, { ...permission, module: module.key });
      for (const prerequisite of permission.prerequisites) {
        const list = dependants.get(prerequisite) ?? [];
        list.push(permission.key);
        dependants.set(prerequisite, list);
      }
    }
  }
  return { byKey, dependants };
}

/** Every permission that needs `key`, directly or through other prerequisites. */
export function transitiveDependants(index: PermissionIndex, key: string): Set<string> {
  const found = new Set<string>();
  const queue = [...(index.dependants.get(key) ?? [])];
  while (queue.length > 0) {
    const next = queue.shift() as string;
    if (found.has(next)) continue;
    found.add(next);
    queue.push(...(index.dependants.get(next) ?? []));
  }
  return found;
}

/**
 * What revoking `key` from a role would leave inactive on that role: the permissions it holds
 * (its own or inherited, active today) that need `key`. Nothing, when the role also inherits
 * `key`, since revoking its own grant does not remove it. Catalogue order.
 */
export function revokeImpact(index: PermissionIndex, cells: readonly MatrixCell[], key: string): MatrixCell[] {
  const target = cells.find((cell) => cell.key === key);
  if (!target || target.inheritedFrom.length > 0) return [];
  const needing = transitiveDependants(index, key);
  return cells.filter(
    (cell) => needing.has(cell.key) && (cell.state === 'GRANTED' || cell.state === 'INHERITED') && cell.missing.length === 0,
  );
}

/** Of `impact`, the ones a cascade can revoke: those the role holds itself. */
export function cascadable(impact: readonly MatrixCell[]): MatrixCell[] {
  return impact.filter((cell) => cell.state === 'GRANTED');
}
