export type { ModuleDefinition, ModuleGroup, PermissionDefinition } from './types.js';
export { CatalogueError, validateCatalogue } from './validate-catalogue.js';
export type { CatalogueProblem, CatalogueProblemCode } from './validate-catalogue.js';
export { Catalogue } from './catalogue.js';
export { MODULE_REFERENCE, type ModuleKey } from './modules.js';
export {
  CATALOGUE,
  MODULES,
  PERMISSIONS,
  PERMISSION_KEYS,
  PERMISSION_REFERENCE,
  isPermissionKey,
  type PermissionKey,
} from './reference.js';
export { SYSTEM_ROLES, SYSTEM_ROLE_KEYS, type SystemRoleKey, type SystemRoleSpec } from './system-roles.js';
export { RoleGraph, type AncestorPath, type RoleNode, type RoleRef } from './role-graph.js';
export { checkRoleParents, type RoleParentsError, type RoleParentsResult } from './role-parents.js';
export { AccessModel, createAccessModel, type UserGrant } from './access-model.js';
export {
  effectivePermissions,
  visibleModules,
  type EffectivePermission,
  type PermissionSource,
  type PermissionState,
} from './effective-permissions.js';
export type { ChangeTarget } from './change-target.js';
export { planGrant, type GrantOptions, type GrantPlan } from './plan-grant.js';
export { planRevoke, type RevokeOptions, type RevokePlan, type RoleImpact, type UserImpact } from './plan-revoke.js';
export { revokeDependants, type RevokeDependants } from './revoke-dependants.js';
export {
  gridRow,
  permissionsGrid,
  type GridCell,
  type GridRow,
  type InheritedFrom,
  type PermissionsGrid,
} from './permissions-grid.js';
export { explain, type Explanation } from './explain.js';
export { inheritanceNeighbourhood, type InheritanceEdge, type InheritanceNeighbourhood } from './inheritance-neighbourhood.js';
export type { Bitset } from './bitset.js';
export {
  checkActOnUser,
  checkRoleChange,
  checkUserChange,
  checkUserGrant,
  keysBeyondReach,
  type DelegationCheck,
} from './delegation.js';
