import type { RoleEntity } from './role.entity.js';
import type { RoleType } from './role.type.js';

export function toRoleType(role: RoleEntity): RoleType {
  return { id: role.id, name: role.name, isSystem: role.isSystem, deletedAt: role.deletedAt, createdAt: role.createdAt };
}
