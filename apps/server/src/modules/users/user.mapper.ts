import { toRoleType } from '../roles/role.mapper.js';
import { toPerson } from './person.mapper.js';
import { stateOf } from './user-state.js';
import type { UserEntity } from './user.entity.js';
import { UserOriginEnum, UserStateEnum, type UserType } from './types/user.type.js';

export function toUserType(user: UserEntity): UserType {
  if (!user.role) throw new Error('toUserType needs the role loaded');
  return {
    ...toPerson(user),
    origin: user.origin as UserOriginEnum,
    role: toRoleType(user.role),
    state: stateOf(user) as UserStateEnum,
    holdInvite: user.holdInvite,
    isActive: user.isActive,
    externalPlannerAccess: user.externalPlannerAccess,
    externalPurchasingAccess: user.externalPurchasingAccess,
    portalAccess: user.portalAccess,
    twoFactorRequired: user.twoFactorRequired,
    twoFactorEnabled: user.totpEnabledAt !== null,
    twoFactorEnrolledAt: user.totpEnabledAt,
    passwordChangeRequired: user.passwordChangeRequired,
    timeZone: user.timeZone,
    lastLoginAt: user.lastLoginAt,
    activatedAt: user.activatedAt,
    version: user.version,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
    deletedAt: user.deletedAt,
  };
}
