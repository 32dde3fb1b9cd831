import { CATALOGUE, type ModuleKey, type PermissionKey } from '@access/domain';

/** Where a page sits in the navigation: the catalogue's groups, plus the platform pages. */
export type NavGroup = 'settings' | 'apps' | 'platform';

/**
 * An admin page the navigation can show, behind the permission its main query needs, so the SPA
 * hides exactly what the server would refuse. Keys are typed by the domain catalogue.
 */
export interface AdminModule {
  id: string;
  label: string;
  path: string;
  group: NavGroup;
  /** The permission the page's data needs; `null`: any signed-in user of a tenant. */
  permission: PermissionKey | null;
  /** Platform pages for super admins (in or out of a tenant). */
  superAdminOnly?: boolean;
  /** Help pages: listed only next to a module the user can open, never on their own. */
  supplementary?: boolean;
}

/** The navigation group of a catalogued module (Settings or Apps), straight from the domain. */
const groupOf = (module: ModuleKey): NavGroup => CATALOGUE.module(module).group;

export const ADMIN_MODULES: readonly AdminModule[] = [
  { id: 'users', label: 'Users', path: '/users', group: groupOf('users'), permission: 'users.read' },
  { id: 'roles', label: 'Roles', path: '/settings/roles', group: groupOf('roles'), permission: 'roles.read' },
  {
    id: 'permissions',
    label: 'Permissions Manager',
    path: '/settings/permissions',
    group: groupOf('roles'),
    permission: 'roles.read',
  },
  {
    id: 'reference',
    label: 'Permissions Reference',
    path: '/settings/permissions/reference',
    group: 'settings',
    permission: null,
    supplementary: true,
  },
  { id: 'audit', label: 'Audit log', path: '/settings/audit', group: groupOf('audit'), permission: 'audit.read' },
  { id: 'tenants', label: 'Tenants', path: '/tenants', group: 'platform', permission: null, superAdminOnly: true },
];

export const NAV_GROUP_LABELS: Record<NavGroup, string> = {
  platform: 'Platform',
  settings: 'Settings',
  apps: 'Apps',
};

export interface NavViewer {
  permissions: readonly string[];
  isSuperAdmin?: boolean;
  tenant?: unknown;
}

function canOpen(module: AdminModule, viewer: NavViewer, granted: ReadonlySet<string>): boolean {
  if (module.superAdminOnly) return Boolean(viewer.isSuperAdmin);
  if (module.permission === null) return Boolean(viewer.tenant) || Boolean(viewer.isSuperAdmin);
  return granted.has(module.permission);
}

/**
 * The pages `viewer` may open, in navigation order. SPEC: a user with no module access sees
 * nothing, so help pages such as the Permissions Reference only come along with a real module.
 */
export function visibleModules(viewer: NavViewer): AdminModule[] {
  const granted = new Set(viewer.permissions);
  const open = ADMIN_MODULES.filter((module) => canOpen(module, viewer, granted));
  return open.some((module) => !module.supplementary) ? open : [];
}

/** The same pages, grouped for the sidebar (Platform, then Settings, then Apps). */
export function navigationGroups(viewer: NavViewer): Array<{ group: NavGroup; label: string; modules: AdminModule[] }> {
  const modules = visibleModules(viewer);
  return (['platform', 'settings', 'apps'] as const)
    .map((group) => ({ group, label: NAV_GROUP_LABELS[group], modules: modules.filter((m) => m.group === group) }))
    .filter((entry) => entry.modules.length > 0);
}
