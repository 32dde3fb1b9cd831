import { checkRoleParents, type RoleGraph } from '@access/domain';
import { BadUserInputError, ConflictError, NotFoundError } from '../../kernel/errors.js';
import { isUuid } from '../../kernel/ids.js';

/** Typed for the forms: they show it next to the parents list, without reading the message. */
const parentRoleNotFound = () => new NotFoundError('Parent role', { field: 'parentIds', reason: 'PARENT_ROLE_NOT_FOUND' });

export function checkParents(graph: Parameters<typeof checkRoleParents>[0], roleId: string, parentIds: string[]): string[] {
  if (parentIds.some((parentId) => !isUuid(parentId))) throw parentRoleNotFound();
  const result = checkRoleParents(graph, roleId, parentIds);
  if (result.ok) return [...result.parentIds];
  if (result.error.code === 'UNKNOWN_ROLE') throw parentRoleNotFound();
  throw new BadUserInputError('parentIds', result.error.message, { reason: 'ROLE_CYCLE', cycle: [...result.error.cycle] });
}

/**
 * A deleted role keeps its inheritance rows, both ways, so a restore brings them back; the roles
 * may have gained parents meanwhile that close a loop through it. The live graph has no loop, so
 * any new one runs restored -> parent -> ... -> child -> restored.
 */
export function assertRestoreKeepsInheritanceAcyclic(
  graph: RoleGraph,
  role: { id: string; name: string },
  parentIds: readonly string[],
  childIds: readonly string[],
): void {
  for (const parentId of parentIds) {
    for (const childId of childIds) {
      const path = graph.pathUp(parentId, childId);
      if (!path) continue;
      const cycle = [role.name, ...path.map((node) => node.name), role.name];
      throw new ConflictError(`Restoring "${role.name}" would close an inheritance loop: ${cycle.join(' -> ')}. Change the parents of one of these roles first.`, {
        reason: 'ROLE_CYCLE',
        cycle,
      });
    }
  }
}
