import { USER_ACTION_PERMISSIONS, type GuardedUserAction } from '@access/domain';
import type { UserState } from '../../gql/graphql';
import { outrankedReason } from './delegation';
import { checkAction } from './user-state';

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
