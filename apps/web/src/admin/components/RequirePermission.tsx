import type { ReactNode } from 'react';
import { visibleModules } from '../modules';
import { useViewer } from '../../features/auth/viewer-context';
import { NoModuleAccess, NoPageAccess, NotForSuperAdmins } from './NoModuleAccess';

export interface RequirePermissionProps {
  /** The permission the page's data needs; a list: any one of them; `null`: any signed-in user of a tenant. */
  permission: string | readonly string[] | null;
  title: string;
  /** Platform pages: super admins only. */
  superAdmin?: boolean;
  /** Pages about a tenant user's own account (password, API tokens), which super admins do not have. */
  tenantUsersOnly?: boolean;
  children: ReactNode;
}

/** Renders children only when the viewer may open the page; the API refuses the data anyway. */
export function RequirePermission({ permission, title, superAdmin = false, tenantUsersOnly = false, children }: RequirePermissionProps) {
  const viewer = useViewer();
  if (tenantUsersOnly && viewer.isSuperAdmin) return <NotForSuperAdmins title={title} />;
  const allowed = superAdmin
    ? viewer.isSuperAdmin
    : permission === null
      ? Boolean(viewer.tenant) || viewer.isSuperAdmin
      : typeof permission === 'string'
        ? viewer.permissions.includes(permission)
        : permission.some((key) => viewer.permissions.includes(key));
  if (allowed) return <>{children}</>;
  return visibleModules(viewer).length === 0 ? <NoModuleAccess /> : <NoPageAccess title={title} />;
}
