import type { PermissionKey } from '../permissions/reference.js';
import type { UserAction } from './user-actions.js';

/**
 * The permission each administrator action on a user needs. The server's mutations declare it
 * from this table and the SPA greys out its buttons by it, so the two cannot disagree. Restoring
 * has none: only a super admin inside the tenant restores. Signing in and completing activation
 * are the user's own.
 */
export const USER_ACTION_PERMISSIONS = {
  releaseAccess: 'users.invite',
  sendActivationLink: 'users.invite',
  resetPassword: 'users.passwords.reset',
  setPassword: 'users.passwords.set',
  forceReset: 'users.passwords.reset',
  sendResetLink: 'users.passwords.reset',
  deactivate: 'users.deactivate',
  reactivate: 'users.deactivate',
  delete: 'users.delete',
  changeRole: 'users.roles.assign',
  update: 'users.update',
} as const satisfies Partial<Record<UserAction, PermissionKey>>;

export type GuardedUserAction = keyof typeof USER_ACTION_PERMISSIONS;
