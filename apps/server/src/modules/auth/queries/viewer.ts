import type { Principal } from '../principal.js';
import { portalStatusOf } from '../../portal/standing.js';
import type { ViewerType } from '../types/viewer.type.js';

export function describeViewer(principal: Principal, permissions: ReadonlySet<string>): ViewerType {
  if (principal.kind === 'super_admin') {
    return {
      id: principal.superAdminId,
      username: principal.username,
      displayName: principal.displayName,
      isSuperAdmin: true,
      tenantId: principal.activeTenantId,
      permissions: [...permissions].sort(),
      origin: null,
      portalStatus: portalStatusOf(principal),
    };
  }
  return {
    id: principal.userId,
    username: principal.username,
    displayName: principal.displayName,
    isSuperAdmin: false,
    tenantId: principal.tenantId,
    permissions: [...permissions].sort(),
    origin: principal.origin,
    portalStatus: portalStatusOf(principal),
  };
}
