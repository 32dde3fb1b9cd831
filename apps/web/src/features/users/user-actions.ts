import type { PermissionKey, UserAction } from '@access/domain';
import type { UserState } from '../../gql/graphql';
import { outrankedReason } from './delegation';
import { checkAction } from './user-state';

/**
 * The permission the API requires for each user action the admin app offers: the
 * `@requiresPermission` of the mutation behind it. Restoring has none; it is for a super admin
 * inside the tenant.
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

/** Why a button is greyed out: the lifecycle rule, or a missing permission. */
export interface Availability {
  allowed: boolean;
  reason?: string;
}

/**
 * Whether the viewer may take `action` on the user, as the server decides it: the lifecycle rule,
 * the action's permission, then `beyond` (what the user holds that the viewer lacks; see
 * useBeyondViewer), since the server refuses any action on such a user.
 */
export function availability(
  user: { state: UserState; displayName: string },
  action: GuardedUserAction,
  viewerPermissions: readonly string[],
  beyond: readonly string[] = [],
): Availability {
  const check = checkAction(user.state, action);
  if (!check.allowed) return { allowed: false, reason: check.reason };
  const permission = USER_ACTION_PERMISSIONS[action];
  if (!viewerPermissions.includes(permission)) return { allowed: false, reason: `You need the ${permission} permission` };
  if (beyond.length > 0) return { allowed: false, reason: outrankedReason(beyond, user.displayName) };
  return { allowed: true };
}
