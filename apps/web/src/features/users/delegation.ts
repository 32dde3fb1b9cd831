import { checkUserChange, PERMISSIONS, type PermissionKey, type UserGrant } from '@access/domain';
import { accessModelOf, type RoleShape } from '../roles/access-model';

/**
 * The server's delegation rule (@access/domain), applied in the SPA so that what it would refuse
 * is greyed out with the reason: nobody acts on a user holding more than they do, or hands out a
 * role or permission they do not hold. A super admin inside the tenant is exempt.
 */

const names = new Map<string, string>(PERMISSIONS.map((permission) => [permission.key, permission.name]));

/** The viewer's active permissions are all active by definition, so as direct grants they are the viewer. */
const viewerAsGrant = (viewerPermissions: readonly string[]): UserGrant => ({ id: 'viewer', roleId: null, direct: viewerPermissions });

/** Why an action is greyed out, naming what the viewer would need. */
export function outrankedReason(missing: readonly string[], who = 'This user'): string {
  const listed = missing.slice(0, 3).map((key) => names.get(key) ?? key);
  const more = missing.length > 3 ? ` and ${missing.length - 3} more` : '';
  return `${who} holds permissions you do not have (${listed.join(', ')}${more})`;
}

/** Per role: what the viewer lacks to put this user (null: a new user) on it; empty when allowed (always, for a super admin). */
export function roleAssignmentGaps(
  roles: readonly RoleShape[],
  viewer: { permissions: readonly string[]; isSuperAdmin: boolean },
  user: { id: string; roleId: string; direct: readonly string[] } | null,
): Map<string, PermissionKey[]> {
  const gaps = new Map<string, PermissionKey[]>();
  if (viewer.isSuperAdmin) return gaps;
  const model = accessModelOf(roles);
  const caller = viewerAsGrant(viewer.permissions);
  const target: UserGrant | null = user ? { id: user.id, roleId: user.roleId, direct: user.direct } : null;
  for (const role of roles) {
    const after: UserGrant = { id: user?.id ?? 'new user', roleId: role.id, direct: user?.direct ?? [] };
    const check = checkUserChange(model, caller, target, after, 'Assigning this role');
    gaps.set(role.id, check.ok ? [] : [...check.missing]);
  }
  return gaps;
}

/** A role option's label: its name, and how much the viewer lacks to assign it. */
export function roleOptionLabel(name: string, gap: readonly string[]): string {
  return gap.length > 0 ? `${name} (needs ${gap.length} permission${gap.length > 1 ? 's' : ''} you do not have)` : name;
}
