import { checkUserAction, type UserAction, type UserActionCheck, type UserState as DomainUserState } from '@access/domain';
import type { UserState } from '../../gql/graphql';
import type { BadgeTone } from '../../ui/Badge';

export const USER_STATE_LABELS: Record<UserState, string> = {
  INTRODUCTION: 'Introduction',
  RELEASED: 'Released',
  ACTIVE: 'Active',
  INACTIVE: 'Inactive',
  DELETED: 'Deleted',
};

export const USER_STATE_HINTS: Record<UserState, string> = {
  INTRODUCTION: 'Hold Invite is on: the account exists but cannot sign in, and no email was sent',
  RELEASED: 'A temporary password was sent; the user must choose a new one at first sign-in',
  ACTIVE: 'Can sign in',
  INACTIVE: 'Deactivated: cannot sign in; history is kept',
  DELETED: 'Deleted: hidden and blocked; a super admin can restore it',
};

export const USER_STATE_TONES: Record<UserState, BadgeTone> = {
  INTRODUCTION: 'warning',
  RELEASED: 'neutral',
  ACTIVE: 'success',
  INACTIVE: 'muted',
  DELETED: 'danger',
};

/** The API's state (`ACTIVE`) as the domain package names it (`active`). */
export const toDomainState = (state: UserState): DomainUserState => state.toLowerCase() as DomainUserState;

/** The lifecycle rule the server applies too (packages/domain), for greying out buttons. */
export const checkAction = (state: UserState, action: UserAction): UserActionCheck => checkUserAction(toDomainState(state), action);
