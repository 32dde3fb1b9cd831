import { ConflictError, NotFoundError } from '../../../kernel/errors.js';
import type { Actor } from '../../audit/actor.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { releaseAccess } from '../../users/use-cases/lifecycle.js';
import { displayName } from '../../users/display-name.js';
import { PlannerInviteStatus } from '../types/enums.type.js';
import { inviteStatusOf, isPlannerUser } from '../mappers/worker.mapper.js';

const NOT_HOLDING: Record<Exclude<PlannerInviteStatus, PlannerInviteStatus.HOLDING>, string> = {
  [PlannerInviteStatus.INVITED]: 'has already been invited; to send a new temporary password, reset their password',
  [PlannerInviteStatus.ACTIVE]: 'has already activated their account',
  [PlannerInviteStatus.INACTIVE]: 'is deactivated; reactivate them first',
};

/**
 * Activate & Invite is Release Access for a planner user: the same use case emails the temporary
 * password and forces a new one at first sign-in, so both paths behave identically. Inside its
 * transaction it first checks that this is a planner user still on hold, to say why it cannot
 * invite them otherwise.
 */
export function activateAndInvite(deps: UseCaseDeps, actor: Actor, userId: string): Promise<string> {
  return releaseAccess(deps, actor, userId, (user) => {
    if (!isPlannerUser(user)) throw new NotFoundError('Planner user');
    const status = inviteStatusOf(user);
    if (status !== PlannerInviteStatus.HOLDING) {
      throw new ConflictError(`${displayName(user)} ${NOT_HOLDING[status]}`, { reason: 'NOT_HOLDING', inviteStatus: status });
    }
  });
}
