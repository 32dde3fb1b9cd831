export const USER_STATES = ['introduction', 'released', 'active', 'inactive', 'deleted'] as const;

/**
 * - `introduction`: Hold Invite; the account exists but cannot log in and no email is sent.
 * - `released`: a temporary password was sent; the first login must set a new password.
 * - `active` / `inactive`: inactive users cannot log in; reactivation keeps the last password.
 * - `deleted`: soft-deleted; hidden and blocked until a super admin restores it.
 */
export type UserState = (typeof USER_STATES)[number];

/** The stored flags a user's lifecycle state is derived from. */
export interface UserStateFlags {
  readonly deleted: boolean;
  readonly holdInvite: boolean;
  readonly isActive: boolean;
  /** True once the user has replaced the temporary password (or set one through a link). */
  readonly activated: boolean;
}

/** Deletion hides everything; Hold Invite wins over the active flag because it was never released. */
export function deriveUserState(flags: UserStateFlags): UserState {
  if (flags.deleted) return 'deleted';
  if (flags.holdInvite) return 'introduction';
  if (!flags.isActive) return 'inactive';
  return flags.activated ? 'active' : 'released';
}

/** A released user signs in with the temporary password and must set a new one before anything else. */
export function mustChangePasswordAtLogin(state: UserState): boolean {
  return state === 'released';
}
