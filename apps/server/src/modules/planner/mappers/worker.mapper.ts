import { toPerson } from '../../users/person.mapper.js';
import { stateOf } from '../../users/user-state.js';
import type { UserEntity } from '../../users/user.entity.js';
import { PlannerAffiliation, PlannerInviteStatus } from '../types/enums.type.js';
import type { PlannerUserType } from '../types/worker.type.js';

/** The SQL condition (on alias `user`) that makes a user a planner user. */
export const PLANNER_USER_CONDITION = "(user.origin = 'external' OR user.external_planner_access)";

export function isPlannerUser(user: Pick<UserEntity, 'origin' | 'externalPlannerAccess' | 'deletedAt'>): boolean {
  return user.deletedAt === null && (user.origin === 'external' || user.externalPlannerAccess);
}

/** Deleted users appear only in history (an old offer); they read as inactive there. */
export function inviteStatusOf(user: Pick<UserEntity, 'deletedAt' | 'holdInvite' | 'isActive' | 'activatedAt'>): PlannerInviteStatus {
  switch (stateOf(user)) {
    case 'introduction':
      return PlannerInviteStatus.HOLDING;
    case 'released':
      return PlannerInviteStatus.INVITED;
    case 'active':
      return PlannerInviteStatus.ACTIVE;
    default:
      return PlannerInviteStatus.INACTIVE;
  }
}

export function toPlannerUser(user: UserEntity): PlannerUserType {
  return {
    ...toPerson(user),
    affiliation: user.origin === 'external' ? PlannerAffiliation.EXTERNAL : PlannerAffiliation.INTERNAL,
    inviteStatus: inviteStatusOf(user),
    portalAccess: user.portalAccess,
    lastLoginAt: user.lastLoginAt,
  };
}
