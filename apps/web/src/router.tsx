import { createBrowserRouter, Link, type RouteObject, useRouteError } from 'react-router';
import { adminRoutes } from './admin/admin.routes';
import { SignInPage } from './features/auth/components/SignInPage';
import { requireSession } from './features/auth/require-session.loader';
import { Alert } from './ui/Alert';
import { Button } from './ui/Button';
import { EmptyState } from './ui/EmptyState';
import { Loading } from './ui/Loading';

function RouteError() {
  const error = useRouteError();
  // Most often a lazy chunk that disappeared after a new deployment: a reload fixes it.
  const message = error instanceof Error ? error.message : 'Unexpected error';
  return (
    <main className="center-message">
      <Alert
        title="Something went wrong"
        action={<Button onClick={() => window.location.reload()}>Reload</Button>}
      >
        {message}
      </Alert>
    </main>
  );
}

function NotFound() {
  return (
    <main>
      <EmptyState title="Page not found" action={<Link to="/">Go to the start page</Link>}>
        <p>The address may be mistyped, or the page has moved.</p>
      </EmptyState>
    </main>
  );
}

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
