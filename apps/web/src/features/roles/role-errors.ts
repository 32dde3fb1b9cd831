import { errorDetails, refusedField } from '../../apollo';

export type RoleFormField = 'name' | 'parentIds';

/** Where a failed role change is explained: next to one field, or above the form. */
export interface RoleFormErrors {
  name?: string;
  parentIds?: string;
  form?: string;
}

/**
 * Maps the server's typed errors (STYLE rule 7) onto the role forms: BAD_USER_INPUT carries the
 * input path in `extensions.field`; a system role refusing a rename (CONFLICT) belongs to the
 * name; an unknown parent (NOT_FOUND, reason PARENT_ROLE_NOT_FOUND) to the parents list; the
 * message is never parsed. Anything else goes above the form,
 * always with the server's own sentence, never a blank failure.
 */
export function roleFormErrors(error: unknown, fields: readonly RoleFormField[]): RoleFormErrors {
  const details = errorDetails(error);
  const field = refusedField(details, fields);
  if (field) return { [field]: details.message };
  if (details.code === 'CONFLICT' && details.reason === 'SYSTEM_ROLE' && fields.includes('name')) return { name: details.message };
  if (details.code === 'NOT_FOUND' && details.reason === 'PARENT_ROLE_NOT_FOUND' && fields.includes('parentIds')) {
    return { parentIds: 'One of the chosen parent roles no longer exists. Reload and choose again.' };
  }
  if (details.code === 'FORBIDDEN') return { form: `You are not allowed to do this: ${details.message}` };
  return { form: details.message };
}
