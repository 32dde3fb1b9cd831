import type { FieldRefusal } from '../../forms/form-errors';

export type RoleFormField = 'name' | 'parentIds';

/**
 * Role refusals that belong next to a field although they are not BAD_USER_INPUT: a system role
 * refusing a rename (CONFLICT, SYSTEM_ROLE) is about the name; a parent that vanished (NOT_FOUND,
 * PARENT_ROLE_NOT_FOUND) is about the parents list.
 */
export const ROLE_REFUSALS: readonly FieldRefusal<RoleFormField>[] = [
  { code: 'CONFLICT', reason: 'SYSTEM_ROLE', field: 'name' },
  {
    code: 'NOT_FOUND',
    reason: 'PARENT_ROLE_NOT_FOUND',
    field: 'parentIds',
    message: 'One of the chosen parent roles no longer exists. Reload and choose again.',
  },
];
