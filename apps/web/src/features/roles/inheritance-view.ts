import type { RoleInheritanceQuery } from '../../gql/graphql';

export type InheritanceGraph = RoleInheritanceQuery['role']['inheritanceGraph'];

/** Where a role of the graph stands relative to the role whose page shows it. */
export type Kinship = 'self' | 'ancestor' | 'descendant';

export interface GraphRole {
  id: string;
  name: string;
  isSystem: boolean;
  kinship: Kinship;
}

export interface GraphLink {
  id: string;
  child: GraphRole;
  parent: GraphRole;
  count: number;
  /** "Lead inherits from Middle (3 permissions)": the link as the text alternative reads it. */
  sentence: string;
}

export interface InheritanceView {
  roles: GraphRole[];
  links: GraphLink[];
  /** One sentence on the whole neighbourhood, for the graph's description. */
  summary: string;
}

export const permissionCount = (count: number) => `${count} ${count === 1 ? 'permission' : 'permissions'}`;
const roleCount = (count: number) => `${count} ${count === 1 ? 'role' : 'roles'}`;

/** Every role reachable from `start` by following `next`, not counting `start`. */
function reachable(start: string, next: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const id of next.get(queue[i]!) ?? []) {
      if (id === start || seen.has(id)) continue;
      seen.add(id);
      queue.push(id);
    }
  }
  return seen;
}

function adjacency(pairs: Array<[string, string]>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [from, to] of pairs) map.set(from, [...(map.get(from) ?? []), to]);
  return map;
}

/** The server's graph as the role page draws and reads it out. */
export function inheritanceView(graph: InheritanceGraph, roleId: string): InheritanceView {
  const ancestors = reachable(roleId, adjacency(graph.links.map((link) => [link.childId, link.parentId])));
  const descendants = reachable(roleId, adjacency(graph.links.map((link) => [link.parentId, link.childId])));
  const roles = graph.roles.map(
    (role): GraphRole => ({
      id: role.id,
      name: role.name,
      isSystem: role.isSystem,
      kinship: role.id === roleId ? 'self' : ancestors.has(role.id) ? 'ancestor' : 'descendant',
    }),
  );
  const byId = new Map(roles.map((role) => [role.id, role]));
  const links = graph.links.flatMap((link): GraphLink[] => {
    const child = byId.get(link.childId);
    const parent = byId.get(link.parentId);
    if (!child || !parent) return [];
    const count = link.inheritedPermissionsCount;
    return [{ id: `${parent.id}->${child.id}`, child, parent, count, sentence: `${child.name} inherits from ${parent.name} (${permissionCount(count)})` }];
  });
  const self = byId.get(roleId)?.name ?? 'This role';
  const summary =
    ancestors.size === 0 && descendants.size === 0
      ? `${self} inherits from no role, and no role inherits from it.`
      : `${self} inherits from ${ancestors.size === 0 ? 'no role' : roleCount(ancestors.size)}, and ${
          descendants.size === 0 ? 'no role inherits' : `${roleCount(descendants.size)} ${descendants.size === 1 ? 'inherits' : 'inherit'}`
        } from it.`;
  return { roles, links, summary };
}
