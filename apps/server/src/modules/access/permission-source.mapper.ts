import type { PermissionSource } from '@access/domain';
import { PermissionSourceKind, type PermissionSourceType } from './effective-permission.type.js';

export function toSourceType(source: PermissionSource): PermissionSourceType {
  switch (source.kind) {
    case 'role':
      return { kind: PermissionSourceKind.ROLE, roleId: source.roleId, roleName: source.roleName, path: [] };
    case 'inherited':
      return { kind: PermissionSourceKind.INHERITED, roleId: source.roleId, roleName: source.roleName, path: [...source.path] };
    case 'direct':
      return { kind: PermissionSourceKind.DIRECT, roleId: null, roleName: null, path: [] };
  }
}
