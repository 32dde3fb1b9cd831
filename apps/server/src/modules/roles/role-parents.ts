import { checkRoleParents } from '@access/domain';
import { BadUserInputError, NotFoundError } from '../../kernel/errors.js';
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
