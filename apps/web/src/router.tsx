import { createBrowserRouter, type RouteObject } from 'react-router';
import { adminRoutes } from './admin/admin.routes';
import { SignInPage } from './features/auth/components/SignInPage';
import { requireSession, restoreSession } from './features/auth/require-session.loader';
import { Loading } from './ui/Loading';
import { NotFound } from './ui/NotFound';
import { RouteError } from './ui/RouteError';

export const routes: RouteObject[] = [
  {
    HydrateFallback: () => <Loading fullPage />,
    ErrorBoundary: RouteError,
    children: [
      { path: '/login', Component: SignInPage },
      {
        // Its own chunk (GraphiQL + Monaco): never part of the admin bundle.
        path: '/graphiql',
        loader: requireSession,
        lazy: async () => ({
          Component: (await import('./features/graphiql/components/GraphiQLPage')).GraphiQLPage,
        }),
      },
      // Public link pages (the token is the credential) and the development outbox: own chunks,
      // outside the admin shell.
      {
        path: '/activate',
        lazy: async () => ({
          Component: (await import('./features/account-links/components/LinkPasswordPage')).ActivateAccountPage,
        }),
      },
      {
        path: '/reset-password',
        lazy: async () => ({
          Component: (await import('./features/account-links/components/LinkPasswordPage')).ResetPasswordPage,
        }),
      },
      {
        path: '/dev/outbox',
        loader: restoreSession,
        lazy: async () => ({ Component: (await import('./features/outbox/components/DevOutboxPage')).DevOutboxPage }),
      },
      ...adminRoutes,
      { path: '*', Component: NotFound },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
