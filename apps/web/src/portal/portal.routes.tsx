import { createBrowserRouter, type RouteObject } from 'react-router';
import { Loading } from '../ui/Loading';
import { NotFound } from '../ui/NotFound';
import { RouteError } from '../ui/RouteError';
import { PORTAL_BASENAME } from './shell/basename';
import { requirePortalSession } from './shell/require-portal-session.loader';
import { PortalSignInPage } from './sign-in/PortalSignInPage';

/**
 * The portal's route tree, below /portal. The sign-in page is in the entry bundle (most visits
 * start there); the shell and every card are chunks fetched on first visit.
 */
export const portalRoutes: RouteObject[] = [
  {
    HydrateFallback: () => <Loading fullPage />,
    ErrorBoundary: RouteError,
    children: [
      { path: '/login', Component: PortalSignInPage },
      {
        path: '/',
        loader: requirePortalSession,
        lazy: async () => ({ Component: (await import('./shell/PortalShell')).PortalShell }),
        children: [
          { index: true, lazy: async () => ({ Component: (await import('./dashboard/DashboardPage')).DashboardPage }) },
          { path: 'shifts', lazy: async () => ({ Component: (await import('./shifts/MyShiftsPage')).MyShiftsPage }) },
          { path: 'reports', lazy: async () => ({ Component: (await import('./reports/ReportsPage')).ReportsPage }) },
          {
            path: 'notifications',
            lazy: async () => ({ Component: (await import('./notifications/NotificationsPage')).NotificationsPage }),
          },
          { path: 'calendar', lazy: async () => ({ Component: (await import('./calendar/CalendarLinksPage')).CalendarLinksPage }) },
          {
            path: 'availability',
            lazy: async () => ({ Component: (await import('./availability/AvailabilityPage')).AvailabilityPage }),
          },
          { path: 'profile', lazy: async () => ({ Component: (await import('./profile/MyProfilePage')).MyProfilePage }) },
          { path: 'skills', lazy: async () => ({ Component: (await import('./skills/MySkillsPage')).MySkillsPage }) },
          {
            path: 'certifications',
            lazy: async () => ({ Component: (await import('./certifications/MyCertificationsPage')).MyCertificationsPage }),
          },
          {
            path: 'working-hours',
            lazy: async () => ({ Component: (await import('./working-hours/WorkingHoursPage')).WorkingHoursPage }),
          },
          {
            path: 'password',
            lazy: async () => ({ Component: (await import('./password/PortalChangePasswordPage')).PortalChangePasswordPage }),
          },
        ],
      },
      { path: '*', Component: NotFound },
    ],
  },
];

export function createPortalRouter() {
  return createBrowserRouter(portalRoutes, { basename: PORTAL_BASENAME });
}
