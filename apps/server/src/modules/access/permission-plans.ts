import { CATALOGUE, planGrant, type ChangeTarget, type PermissionKey, type RevokePlan } from '@access/domain';
import { BadUserInputError } from '../../kernel/errors.js';
import type { RevokeResultType } from '../roles/change-result.type.js';
import type { TenantAccess } from './tenant-access.js';

/*
 * Prerequisites are checked by the domain planner: a grant with unmet prerequisites is refused
 * unless they are granted too; a revoke reports what turns inactive and can cascade.
 */

export function permissionKeys(keys: string[]): PermissionKey[] {
  if (keys.length === 0) throw new BadUserInputError('keys', 'Choose at least one permission');
  const unknown = keys.filter((key) => !CATALOGUE.has(key));
  if (unknown.length > 0) {
    throw new BadUserInputError('keys', `Unknown permission: ${unknown.join(', ')}`, { reason: 'UNKNOWN_PERMISSION', unknown });
  }
  return [...new Set(keys)] as PermissionKey[];
}

export function grantOrRefuse(access: TenantAccess, target: ChangeTarget, keys: PermissionKey[], withPrerequisites: boolean) {
  const plan = planGrant(access.model, target, keys, { withPrerequisites });
  if (!plan.ok) {
    throw new BadUserInputError('keys', plan.message, {
      reason: plan.code,
      missing: [...plan.missing],
      missingFor: plan.missingFor.map((entry) => ({ key: entry.key, missing: [...entry.missing] })),
    });
  }
  return plan;
}

export function revokeResult(plan: RevokePlan<PermissionKey>): RevokeResultType {
  return {
    revoked: [...plan.revoke],
    cascaded: [...plan.cascaded],
    notOwned: [...plan.notOwned],
    rolesAffected: plan.becomeInactive.roles.map((impact) => ({ ...impact, inactive: [...impact.inactive] })),
    usersAffected: plan.becomeInactive.users.map((impact) => ({ ...impact, inactive: [...impact.inactive] })),
  };
}
