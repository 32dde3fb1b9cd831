import { createAccessModel, type AccessModel, type RoleNode } from '@access/domain';

/** A role as the roles query lists it: enough for the domain's role graph. */
export interface RoleShape {
  id: string;
  name: string;
  /** Set on a deleted role (only super admins list them); the server's model leaves those out. */
  deletedAt?: string | null;
  parents: ReadonlyArray<{ id: string }>;
  permissions: ReadonlyArray<{ key: string }>;
}

/** The live roles as the domain's role nodes. */
export function roleNodes(roles: readonly RoleShape[]): RoleNode[] {
  return roles
    .filter((role) => !role.deletedAt)
    .map((role) => ({ id: role.id, name: role.name, parentIds: role.parents.map((parent) => parent.id), permissions: role.permissions.map((p) => p.key) }));
}

/** The tenant's live roles compiled the way the server compiles them, so the SPA answers as it would. */
export function accessModelOf(roles: readonly RoleShape[]): AccessModel {
  return createAccessModel(roleNodes(roles));
}
