import type { Principal } from '../principal.js';
import { portalStatusOf } from '../../portal/standing.js';
import type { ViewerType } from '../types/viewer.type.js';

/** Permission sets are shared while the access model lives (see ActivePermissions), and so is their sorted list. */
const sortedLists = new WeakMap<ReadonlySet<string>, string[]>();

function sorted(permissions: ReadonlySet<string>): string[] {
  let list = sortedLists.get(permissions);
  if (!list) {
    list = [...permissions].sort();
    sortedLists.set(permissions, list);
  }
  return list;
}

export function describeViewer(principal: Principal, permissions: ReadonlySet<string>): ViewerType {
  if (principal.kind === 'super_admin') {
    return {
      id: principal.superAdminId,
      username: principal.username,
      displayName: principal.displayName,
      isSuperAdmin: true,
      tenantId: principal.activeTenantId,
      permissions: sorted(permissions),
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
    permissions: sorted(permissions),
    origin: principal.origin,
    portalStatus: portalStatusOf(principal),
  };
}
