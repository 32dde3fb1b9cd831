import { toRoleType } from '../roles/role.mapper.js';
import { displayName } from './display-name.js';
import { stateOf } from './user-state.js';
import type { UserEntity } from './user.entity.js';
import { UserOriginEnum, UserStateEnum, type UserType } from './types/user.type.js';

export function toUserType(user: UserEntity): UserType {
  if (!user.role) throw new Error('toUserType needs the role loaded');
  return {
    id: user.id,
    username: user.username,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    displayName: displayName(user),
    phone: user.phone,
    jobTitle: user.jobTitle,
    department: user.department,
    location: user.location,
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
    passwordChangeRequired: user.passwordChangeRequired,
    lastLoginAt: user.lastLoginAt,
    activatedAt: user.activatedAt,
    version: user.version,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
    deletedAt: user.deletedAt,
  };
}
