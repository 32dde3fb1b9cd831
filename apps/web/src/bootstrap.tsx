import { ApolloProvider } from '@apollo/client/react';
import type { ApolloLink } from '@apollo/client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createApolloClient } from './apollo';
import { signInPath } from './features/auth/require-session.loader';
import { refresher } from './features/auth/refresh';
import { session } from './features/auth/session.store';
import './ui/ui.css';

type AppRouter = Parameters<typeof RouterProvider>[0]['router'];

export interface EntryOptions {
  router: AppRouter;
  /** Extra Apollo links ahead of the HTTP link (the portal's refusal link). */
  links?: ApolloLink[];
  /** Runs when the session is gone, before the store is cleared and sign-in is shown. */
  onSignedOut?: () => void;
}

/**
 * Starts one SPA entry (the admin app or the worker portal): the shared session and API client,
 * and back to sign-in, with the address to return to, when the session ends.
 */
export function startEntry({ router, links, onSignedOut }: EntryOptions): void {
  const client = createApolloClient({
    session,
    refresh: () => refresher.refresh(),
    links,
    onUnauthenticated: () => {
      onSignedOut?.();
      void client.clearStore();
      const { pathname, search } = router.state.location;
      if (pathname !== '/login') void router.navigate(signInPath(pathname + search, 'expired'), { replace: true });
    },
  });

  const container = document.getElementById('root');
  if (!container) throw new Error('the page has no #root element');

  createRoot(container).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </StrictMode>,
  );
}
