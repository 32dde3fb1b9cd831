import { checkUserAction, deriveUserState, type UserAction, type UserState } from '@access/domain';
import { ConflictError } from '../../kernel/errors.js';
import type { UserEntity } from './user.entity.js';

export function stateOf(user: Pick<UserEntity, 'deletedAt' | 'holdInvite' | 'isActive' | 'activatedAt'>): UserState {
  return deriveUserState({
    deleted: user.deletedAt !== null,
    holdInvite: user.holdInvite,
    isActive: user.isActive,
    activated: user.activatedAt !== null,
  });
}

/** Refuses an action the user's lifecycle state does not allow, with the domain's reason. */
export function assertUserAction(user: UserEntity, action: UserAction): void {
  const check = checkUserAction(stateOf(user), action);
  if (!check.allowed) throw new ConflictError(check.reason, { reason: check.code, state: stateOf(user) });
}
