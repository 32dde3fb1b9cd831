import type { UserState } from './user-state.js';

export const USER_ACTIONS = [
  'login',
  'completeActivation',
  'releaseAccess',
  'sendActivationLink',
  'resetPassword',
  'setPassword',
  'forceReset',
  'sendResetLink',
  'deactivate',
  'reactivate',
  'delete',
  'restore',
  'changeRole',
  'update',
] as const;

export type UserAction = (typeof USER_ACTIONS)[number];

export type UserActionDenialCode =
  | 'USER_IN_INTRODUCTION'
  | 'USER_NOT_ACTIVATED'
  | 'USER_ALREADY_RELEASED'
  | 'USER_ALREADY_ACTIVATED'
  | 'USER_ACTIVE'
  | 'USER_INACTIVE'
  | 'USER_DELETED'
  | 'USER_NOT_DELETED';

export type UserActionCheck =
  | { readonly allowed: true; readonly next: UserState }
  | { readonly allowed: false; readonly code: UserActionDenialCode; readonly reason: string };

interface Denial {
  readonly code: UserActionDenialCode;
  readonly reason: string;
}
type Outcome = UserState | Denial;

const deny = (code: UserActionDenialCode, reason: string): Denial => ({ code, reason });

const DELETED = deny('USER_DELETED', 'The user is deleted; a super admin must restore them first');
const PASSWORD_IN_INTRODUCTION = deny(
  'USER_IN_INTRODUCTION',
  'Password actions are blocked while the user is in introduction mode',
);
const PASSWORD_INACTIVE = deny('USER_INACTIVE', 'Password actions are blocked for inactive users');
const NOT_ACTIVATED = deny(
  'USER_NOT_ACTIVATED',
  'The user has not replaced the temporary password yet; only active users qualify',
);

/**
 * Every action against every state: the next state, or why it is refused. Restore returns the
 * user to `active` (seed 000: "The user becomes active again").
 */
const RULES: { readonly [A in UserAction]: { readonly [S in UserState]: Outcome } } = {
  login: {
    introduction: deny('USER_IN_INTRODUCTION', 'The user is in introduction mode (Hold Invite) and cannot log in yet'),
    released: 'released',
    active: 'active',
    inactive: deny('USER_INACTIVE', 'Inactive users cannot log in'),
    deleted: DELETED,
  },
  completeActivation: {
    introduction: deny('USER_IN_INTRODUCTION', 'Release access first'),
    released: 'active',
    active: deny('USER_ALREADY_ACTIVATED', 'The user has already set a password'),
    inactive: deny('USER_INACTIVE', 'Inactive users cannot log in'),
    deleted: DELETED,
  },
  releaseAccess: {
    introduction: 'released',
    released: deny('USER_ALREADY_RELEASED', 'Access was already released'),
    active: deny('USER_ALREADY_RELEASED', 'Access was already released'),
    inactive: deny('USER_INACTIVE', 'Reactivate the user instead'),
    deleted: DELETED,
  },
  sendActivationLink: {
    introduction: deny('USER_IN_INTRODUCTION', 'Release access first: no email is sent while Hold Invite is on'),
    released: 'released',
    active: deny('USER_ALREADY_ACTIVATED', 'The user has already activated the account'),
    inactive: deny('USER_INACTIVE', 'Reactivate the user first'),
    deleted: DELETED,
  },
  resetPassword: {
    introduction: PASSWORD_IN_INTRODUCTION,
    released: 'released',
    active: 'active',
    inactive: PASSWORD_INACTIVE,
    deleted: DELETED,
  },
  setPassword: {
    introduction: PASSWORD_IN_INTRODUCTION,
    released: 'released',
    active: 'active',
    inactive: PASSWORD_INACTIVE,
    deleted: DELETED,
  },
  forceReset: {
    introduction: PASSWORD_IN_INTRODUCTION,
    released: deny('USER_NOT_ACTIVATED', 'The user must already set a new password at first login'),
    active: 'active',
    inactive: PASSWORD_INACTIVE,
    deleted: DELETED,
  },
  sendResetLink: {
    introduction: PASSWORD_IN_INTRODUCTION,
    released: NOT_ACTIVATED,
    active: 'active',
    inactive: PASSWORD_INACTIVE,
    deleted: DELETED,
  },
  deactivate: {
    introduction: deny('USER_IN_INTRODUCTION', 'A user in introduction mode cannot log in anyway; delete them instead'),
    released: 'inactive',
    active: 'inactive',
    inactive: deny('USER_INACTIVE', 'The user is already inactive'),
    deleted: DELETED,
  },
  reactivate: {
    introduction: deny('USER_IN_INTRODUCTION', 'Only inactive users can be reactivated'),
    released: deny('USER_ACTIVE', 'Only inactive users can be reactivated'),
    active: deny('USER_ACTIVE', 'Only inactive users can be reactivated'),
    inactive: 'active',
    deleted: DELETED,
  },
  delete: {
    introduction: 'deleted',
    released: 'deleted',
    active: 'deleted',
    inactive: 'deleted',
    deleted: deny('USER_DELETED', 'The user is already deleted'),
  },
  restore: {
    introduction: deny('USER_NOT_DELETED', 'Only deleted users can be restored'),
    released: deny('USER_NOT_DELETED', 'Only deleted users can be restored'),
    active: deny('USER_NOT_DELETED', 'Only deleted users can be restored'),
    inactive: deny('USER_NOT_DELETED', 'Only deleted users can be restored'),
    deleted: 'active',
  },
  changeRole: {
    introduction: 'introduction',
    released: 'released',
    active: 'active',
    inactive: 'inactive',
    deleted: DELETED,
  },
  update: {
    introduction: 'introduction',
    released: 'released',
    active: 'active',
    inactive: 'inactive',
    deleted: DELETED,
  },
};

/** Whether `action` may be taken on a user in `state`, and the state it leads to. */
export function checkUserAction(state: UserState, action: UserAction): UserActionCheck {
  const outcome = RULES[action][state];
  return typeof outcome === 'string' ? { allowed: true, next: outcome } : { allowed: false, ...outcome };
}

/** The actions available in a state, in {@link USER_ACTIONS} order (for enabling buttons). */
export function allowedUserActions(state: UserState): UserAction[] {
  return USER_ACTIONS.filter((action) => checkUserAction(state, action).allowed);
}

export class UserActionError extends Error {
  readonly code: UserActionDenialCode;

  constructor(code: UserActionDenialCode, reason: string) {
    super(reason);
    this.name = 'UserActionError';
    this.code = code;
  }
}

/** The state after `action`; throws {@link UserActionError} when the action is refused. */
export function nextUserState(state: UserState, action: UserAction): UserState {
  const check = checkUserAction(state, action);
  if (!check.allowed) throw new UserActionError(check.code, check.reason);
  return check.next;
}
