import { createAccessModel, isPermissionKey, planGrant, revokeDependants, type AccessModel, type RoleNode } from '@access/domain';
import type { MatrixModule, MatrixRow } from './graphql/permissions.graphql';
import { revokeChoice, type RevokeChoice } from './revoke-choice';

/** Permission names by key, from the server's catalogue (the matrix modules). */
export function permissionNames(modules: readonly MatrixModule[]): ReadonlyMap<string, string> {
  return new Map(modules.flatMap((module) => module.permissions.map((permission) => [permission.key, permission.name] as const)));
}

/**
 * The roles of the matrix as the domain's access model, so the page plans changes with the
 * server's own rules. A role owns its granted cells; each inherited cell names every ancestor
 * owning that permission. Taking those ancestors as the role's parents gives every role exactly
 * the permissions it holds through the real graph (an ancestor owning nothing adds nothing),
 * which is all that planning a change to one role reads.
 */
export function matrixAccessModel(rows: readonly MatrixRow[]): AccessModel {
  const roles = new Map<string, { name: string; ancestors: Set<string>; permissions: Set<string> }>();
  const roleOf = (id: string, name: string) => {
    let role = roles.get(id);
    if (!role) roles.set(id, (role = { name, ancestors: new Set(), permissions: new Set() }));
    return role;
  };
  for (const row of rows) {
    const role = roleOf(row.role.id, row.role.name);
    for (const cell of row.cells) {
      if (cell.state === 'GRANTED') role.permissions.add(cell.key);
      for (const from of cell.inheritedFrom) {
        role.ancestors.add(from.roleId);
        roleOf(from.roleId, from.roleName).permissions.add(cell.key);
      }
    }
  }
  return createAccessModel(
    [...roles].map(([id, role]): RoleNode => ({ id, name: role.name, parentIds: [...role.ancestors], permissions: [...role.permissions] })),
  );
}

/**
 * The question to ask before revoking `key` from the role of `row`: the role's permissions that
 * need it, as `planRevoke` has the server decide (null when none would turn inactive, or the role
 * also inherits `key`). A dependant the role inherits names its source: a cascade cannot reach it.
 */
export function roleRevokeChoice(model: AccessModel, row: MatrixRow, key: string): RevokeChoice | null {
  const { id: roleId, name } = row.role;
  if (!isPermissionKey(key) || !model.graph.get(roleId)) return null;
  const plan = revokeDependants(model, { kind: 'role', roleId }, key);
  const inheritedFrom = (dependant: string) => {
    const sources = row.cells.find((cell) => cell.key === dependant)?.inheritedFrom ?? [];
    return sources.length > 0 ? `inherited from ${sources.map((source) => source.roleName).join(', ')}` : null;
  };
  return revokeChoice({ kind: 'role', id: roleId, name }, key, plan, inheritedFrom);
}

/** The prerequisites a role lacks for `key`, in catalogue order; empty when it can be granted as it is. */
export function grantPrerequisites(model: AccessModel, roleId: string, key: string): readonly string[] {
  if (!isPermissionKey(key) || !model.graph.get(roleId)) return [];
  const plan = planGrant(model, { kind: 'role', roleId }, key);
  return plan.ok ? [] : plan.missing;
}
