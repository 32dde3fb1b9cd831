import { checkRoleParents, type RoleGraph } from '@access/domain';

/**
 * The server's refusal of these parents for the role when they would close an inheritance loop,
 * in its own words; undefined otherwise. Unknown roles are left to the server, which knows roles
 * created since the list was loaded.
 */
export function inheritanceLoop(graph: RoleGraph, roleId: string, parentIds: readonly string[]): string | undefined {
  const check = checkRoleParents(graph, roleId, parentIds);
  return !check.ok && check.error.code === 'ROLE_CYCLE' ? check.error.message : undefined;
}
