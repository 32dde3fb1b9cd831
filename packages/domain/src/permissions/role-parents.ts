import type { RoleGraph } from './role-graph.js';

export type RoleParentsError =
  | {
      readonly code: 'ROLE_CYCLE';
      /** Role names around the loop, the first repeated last: `Senior Buyer -> Buyer -> Senior Buyer`. */
      readonly cycle: readonly string[];
      readonly message: string;
    }
  | { readonly code: 'UNKNOWN_ROLE'; readonly roleIds: readonly string[]; readonly message: string };

export type RoleParentsResult =
  | { readonly ok: true; readonly parentIds: readonly string[] }
  | { readonly ok: false; readonly error: RoleParentsError };

/**
 * Checks a proposed parent list for a role (existing, or new when `roleId` is not in the graph).
 * Rejects unknown parents and any parent that would close an inheritance loop; on success
 * returns the parents without duplicates, in the given order.
 */
export function checkRoleParents(graph: RoleGraph, roleId: string, parentIds: readonly string[]): RoleParentsResult {
  const unique = [...new Set(parentIds)];
  const unknown = unique.filter((id) => id !== roleId && !graph.get(id));
  if (unknown.length > 0) {
    return {
      ok: false,
      error: { code: 'UNKNOWN_ROLE', roleIds: unknown, message: `Unknown parent role: ${unknown.join(', ')}` },
    };
  }

  const role = graph.get(roleId);
  const name = role?.name ?? roleId;
  for (const parentId of unique) {
    // The new edge roleId -> parentId closes a loop exactly when roleId is already an ancestor
    // of parentId (or is parentId itself).
    const back = parentId === roleId ? [] : graph.pathUp(parentId, roleId);
    if (back === null) continue;
    const cycle = back.length === 0 ? [name, name] : [...back.map((r) => r.name), back[0]?.name ?? parentId];
    return {
      ok: false,
      error: {
        code: 'ROLE_CYCLE',
        cycle,
        message: `Role inheritance cannot loop: ${cycle.join(' -> ')}`,
      },
    };
  }
  return { ok: true, parentIds: unique };
}
