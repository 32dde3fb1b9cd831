import type { FieldRefusal } from '../../forms/form-errors';

export const CREATE_SUPER_ADMIN_FIELDS = ['username', 'displayName', 'email', 'password', 'confirmation'] as const;
export type CreateSuperAdminField = (typeof CREATE_SUPER_ADMIN_FIELDS)[number];

/** A username another operator holds is a CONFLICT, not an input error, but it is about the username. */
export const CREATE_SUPER_ADMIN_REFUSALS: readonly FieldRefusal<CreateSuperAdminField>[] = [
  { code: 'CONFLICT', reason: 'USERNAME_TAKEN', field: 'username' },
];

/**
 * The refusal that keeps the platform from locking itself out, said in terms of what to do about
 * it; the server's own sentence for anything else.
 */
export function deactivationRefusal(reason: string | undefined, message: string, displayName: string): string {
  return reason === 'LAST_SUPER_ADMIN'
    ? `${displayName} is the last active super admin, and the platform must keep one. Create or reactivate another account first.`
    : message;
}
