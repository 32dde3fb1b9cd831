import type { RouteObject } from 'react-router';
import { requireSession } from '../features/auth/require-session.loader';

/**
 * The admin route tree. Only this small table is in the entry bundle; the shell and every page
 * are separate chunks fetched on first visit.
 */
export const adminRoutes: RouteObject[] = [
  {
    path: '/',
    loader: requireSession,
    lazy: async () => ({ Component: (await import('./components/AdminShell')).AdminShell }),
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('./components/AdminHome')).AdminHome }),
      },
      {
        path: 'users',
        lazy: async () => ({ Component: (await import('./routes/UsersRoute')).UsersRoute }),
      },
      {
        path: 'users/:userId',
        lazy: async () => ({ Component: (await import('./routes/UserDetailRoute')).UserDetailRoute }),
      },
      {
        path: 'settings/approval-groups',
        lazy: async () => ({ Component: (await import('./routes/ApprovalGroupsRoute')).ApprovalGroupsRoute }),
      },
      {
        path: 'settings/roles',
        lazy: async () => ({ Component: (await import('./routes/RolesRoute')).RolesRoute }),
      },
      {
        path: 'settings/roles/:roleId',
        lazy: async () => ({ Component: (await import('./routes/RoleDetailRoute')).RoleDetailRoute }),
      },
      {
        path: 'settings/permissions',
        lazy: async () => ({ Component: (await import('./routes/PermissionsManagerRoute')).PermissionsManagerRoute }),
      },
      {
        path: 'settings/permissions/reference',
        lazy: async () => ({ Component: (await import('./routes/PermissionsReferenceRoute')).PermissionsReferenceRoute }),
      },
      {
        path: 'settings/audit',
        lazy: async () => ({ Component: (await import('./routes/AuditRoute')).AuditRoute }),
      },
      {
        path: 'settings/organisation',
        lazy: async () => ({ Component: (await import('./routes/OrganisationSettingsRoute')).OrganisationSettingsRoute }),
      },
      {
        path: 'settings/mail-delivery',
        lazy: async () => ({ Component: (await import('./routes/MailDeliveryRoute')).MailDeliveryRoute }),
      },
      {
        path: 'planner/users',
        lazy: async () => ({ Component: (await import('./routes/PlannerUsersRoute')).PlannerUsersRoute }),
      },
      {
        path: 'planner/users/:userId',
        lazy: async () => ({ Component: (await import('./routes/WorkerProfileRoute')).WorkerProfileRoute }),
      },
      {
        path: 'planner/shifts',
        lazy: async () => ({ Component: (await import('./routes/ShiftsRoute')).ShiftsRoute }),
      },
      {
        path: 'planner/shifts/:shiftId',
        lazy: async () => ({ Component: (await import('./routes/ShiftDetailRoute')).ShiftDetailRoute }),
      },
      {
        path: 'planner/approvals',
        lazy: async () => ({ Component: (await import('./routes/PlannerApprovalsRoute')).PlannerApprovalsRoute }),
      },
      {
        path: 'planner/reports',
        lazy: async () => ({ Component: (await import('./routes/AfterShiftReportsRoute')).AfterShiftReportsRoute }),
      },
      // The user menu's account pages: any signed-in user, whatever modules they may open.
      {
        path: 'account/password',
        lazy: async () => ({ Component: (await import('./routes/ChangePasswordRoute')).ChangePasswordRoute }),
      },
      {
        path: 'account/sessions',
        lazy: async () => ({ Component: (await import('./routes/SessionsRoute')).SessionsRoute }),
      },
      {
        path: 'account/api-tokens',
        lazy: async () => ({ Component: (await import('./routes/ApiTokensRoute')).ApiTokensRoute }),
      },
      {
        path: 'tenants',
        lazy: async () => ({ Component: (await import('./routes/TenantsRoute')).TenantsRoute }),
      },
      {
        path: 'platform/super-admins',
        lazy: async () => ({ Component: (await import('./routes/SuperAdminsRoute')).SuperAdminsRoute }),
      },
      {
        path: 'platform/audit',
        lazy: async () => ({ Component: (await import('./routes/PlatformAuditRoute')).PlatformAuditRoute }),
      },
    ],
  },
];
