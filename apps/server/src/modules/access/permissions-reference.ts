import { CATALOGUE } from '@access/domain';
import type { ModuleType, PermissionType } from './permission.type.js';

function toPermissionType(key: string): PermissionType {
  const permission = CATALOGUE.permission(key as never);
  return {
    key: permission.key,
    name: permission.name,
    description: permission.description,
    module: permission.module,
    prerequisites: [...permission.prerequisites],
  };
}

/** The catalogue as API types; it is code, so it is built once. */
export const PERMISSIONS_BY_KEY: ReadonlyMap<string, PermissionType> = new Map(
  CATALOGUE.permissions.map((permission) => [permission.key, toPermissionType(permission.key)]),
);

export const MODULES: readonly ModuleType[] = CATALOGUE.modules.map((module) => ({
  key: module.key,
  name: module.name,
  group: module.group,
  accessPermission: module.access,
  permissions: CATALOGUE.permissions.filter((p) => p.module === module.key).map((p) => PERMISSIONS_BY_KEY.get(p.key)!),
}));
