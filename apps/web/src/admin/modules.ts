import { CATALOGUE, type ModuleKey, type PermissionKey } from '@access/domain';

/** Where a page sits in the navigation: the catalogue's groups, plus the platform pages. */
export type NavGroup = 'settings' | 'apps' | 'platform' | 'planner';

/**
 * An admin page the navigation can show, behind the permission its main query needs, so the SPA
 * hides exactly what the server would refuse. Keys are typed by the domain catalogue.
 */
export interface AdminModule {
  id: string;
  label: string;
  path: string;
  group: NavGroup;
  /**
   * The permission the page's data needs; a list: any one of them (a page made of sections with
   * their own permissions); `null`: any signed-in user of a tenant.
   */
  permission: PermissionKey | readonly PermissionKey[] | null;
  /** A page of another entry (the worker portal): a plain link, a full page load. */
  fullPageLink?: boolean;
  /** Only for internal users who are planner users themselves (Planner → External Dashboard). */
  internalPlannerUsersOnly?: boolean;
  /** Platform pages for super admins (in or out of a tenant). */
  superAdminOnly?: boolean;
  /** Help pages: listed only next to a module the user can open, never on their own. */
  supplementary?: boolean;
}

/** The navigation group of a catalogued module (Settings or Apps), straight from the domain. */
const groupOf = (module: ModuleKey): NavGroup => CATALOGUE.module(module).group;

export const ADMIN_MODULES: readonly AdminModule[] = [
  { id: 'users', label: 'Users', path: '/users', group: groupOf('users'), permission: 'users.read' },
  { id: 'approval-groups', label: 'Approval groups', path: '/settings/approval-groups', group: groupOf('users'), permission: 'users.read' },
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
  {
    id: 'organisation-settings',
    label: 'Organisation settings',
    path: '/settings/organisation',
    group: groupOf('tenant'),
    permission: 'tenant.settings.read',
  },
  { id: 'mail-delivery', label: 'Mail delivery', path: '/settings/mail-delivery', group: groupOf('tenant'), permission: 'tenant.settings.read' },
  { id: 'planner-users', label: 'Planner Users', path: '/planner/users', group: 'planner', permission: 'planner.users.read' },
  { id: 'planner-shifts', label: 'Shifts', path: '/planner/shifts', group: 'planner', permission: 'planner.shifts.read' },
  {
    id: 'planner-approvals',
    label: 'Approvals',
    path: '/planner/approvals',
    group: 'planner',
    permission: ['planner.certifications.approve', 'planner.timeoff.approve'],
  },
  { id: 'planner-reports', label: 'After-shift reports', path: '/planner/reports', group: 'planner', permission: 'planner.reports.review' },
  {
    id: 'external-dashboard',
    label: 'External Dashboard',
    path: '/portal',
    group: 'planner',
    permission: 'planner.portal.open',
    fullPageLink: true,
    internalPlannerUsersOnly: true,
  },
  { id: 'tenants', label: 'Tenants', path: '/tenants', group: 'platform', permission: null, superAdminOnly: true },
  { id: 'super-admins', label: 'Super admins', path: '/platform/super-admins', group: 'platform', permission: null, superAdminOnly: true },
  { id: 'platform-audit', label: 'Platform audit', path: '/platform/audit', group: 'platform', permission: null, superAdminOnly: true },
];

export const NAV_GROUP_LABELS: Record<NavGroup, string> = {
  platform: 'Platform',
  planner: 'Planner',
  settings: 'Settings',
  apps: 'Apps',
};

export interface NavViewer {
  permissions: readonly string[];
  isSuperAdmin?: boolean;
  tenant?: unknown;
  /** internal, external or sso. */
  origin?: string | null;
  /** OPEN, ACCESS_OFF or NOT_A_PLANNER_USER. */
  portalStatus?: string | null;
}

/** The viewer has `permission`, or one of a list of them. */
export function hasPagePermission(permission: PermissionKey | readonly PermissionKey[], granted: ReadonlySet<string>): boolean {
  return typeof permission === 'string' ? granted.has(permission) : permission.some((key) => granted.has(key));
}

/** Internal (or SSO) users the planner schedules; an ACCESS_OFF one still gets the portal's holding page. */
const isInternalPlannerUser = (viewer: NavViewer): boolean =>
  Boolean(viewer.origin) && viewer.origin !== 'external' && Boolean(viewer.portalStatus) && viewer.portalStatus !== 'NOT_A_PLANNER_USER';

/** Planner pages sit behind the module's own access permission as well as their page permission. */
const moduleAccess = (module: AdminModule): PermissionKey | null => (module.group === 'planner' ? 'planner.access' : null);

function canOpen(module: AdminModule, viewer: NavViewer, granted: ReadonlySet<string>): boolean {
  if (module.superAdminOnly) return Boolean(viewer.isSuperAdmin);
  if (module.permission === null) return Boolean(viewer.tenant) || Boolean(viewer.isSuperAdmin);
  if (module.internalPlannerUsersOnly && !isInternalPlannerUser(viewer)) return false;
  const access = moduleAccess(module);
  if (access && !granted.has(access)) return false;
  return hasPagePermission(module.permission, granted);
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

/** The same pages, grouped for the sidebar (Platform, Planner, Settings, then Apps). */
export function navigationGroups(viewer: NavViewer): Array<{ group: NavGroup; label: string; modules: AdminModule[] }> {
  const modules = visibleModules(viewer);
  return (['platform', 'planner', 'settings', 'apps'] as const)
    .map((group) => ({ group, label: NAV_GROUP_LABELS[group], modules: modules.filter((m) => m.group === group) }))
    .filter((entry) => entry.modules.length > 0);
}
