export {
  USER_STATES,
  deriveUserState,
  mustChangePasswordAtLogin,
  type UserState,
  type UserStateFlags,
} from './user-state.js';
export {
  USER_ACTIONS,
  UserActionError,
  allowedUserActions,
  checkUserAction,
  nextUserState,
  type UserAction,
  type UserActionCheck,
  type UserActionDenialCode,
} from './user-actions.js';
export { USER_ACTION_PERMISSIONS, type GuardedUserAction } from './user-action-permissions.js';
