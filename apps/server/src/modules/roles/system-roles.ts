import { SYSTEM_ROLE_KEYS, SYSTEM_ROLES, type SystemRoleKey } from '@access/domain';
import type { EntityManager } from 'typeorm';
import { RoleParentEntity } from './role-parent.entity.js';
import { RolePermissionEntity } from './role-permission.entity.js';
import { RoleEntity } from './role.entity.js';

/** Creates the system roles of one tenant where missing; existing roles are left as they are. */
export async function ensureSystemRoles(manager: EntityManager, tenantId: string): Promise<Map<SystemRoleKey, RoleEntity>> {
  const roles = new Map<SystemRoleKey, RoleEntity>();
  for (const key of SYSTEM_ROLE_KEYS) {
    const spec = SYSTEM_ROLES[key];
    let role = await manager.findOneBy(RoleEntity, { tenantId, name: spec.name, isSystem: true });
    if (!role) {
      role = await manager.save(manager.create(RoleEntity, { tenantId, name: spec.name, isSystem: true }));
      await manager.insert(
        RolePermissionEntity,
        spec.permissions.map((permissionKey) => ({ roleId: role!.id, permissionKey })),
      );
      for (const parent of spec.parents) {
        const parentRole = roles.get(parent);
        if (!parentRole) throw new Error(`System role ${key} lists ${parent} as a parent before it is defined`);
        await manager.insert(RoleParentEntity, { roleId: role.id, parentRoleId: parentRole.id });
      }
    }
    roles.set(key, role);
  }
  return roles;
}
