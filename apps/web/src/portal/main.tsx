import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createApolloClient } from '../apollo';
import { signInPath } from '../features/auth/require-session.loader';
import { refresher } from '../features/auth/refresh';
import { session } from '../features/auth/session.store';
import { createPortalRouter } from './portal.routes';
import { portalAccess, portalRefusalLink } from './shell/portal-access';
import '../ui/ui.css';

/** The worker portal's entry (portal.html): its own bundle, the admin app's session and API client. */
const router = createPortalRouter();

const client = createApolloClient({
  session,
  refresh: () => refresher.refresh(),
  links: [portalRefusalLink(portalAccess)],
  onUnauthenticated: () => {
    portalAccess.clear();
    void client.clearStore();
    const { pathname, search } = router.state.location;
    if (pathname !== '/login') void router.navigate(signInPath(pathname + search, 'expired'), { replace: true });
  },
});

const container = document.getElementById('root');
if (!container) throw new Error('portal.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  </StrictMode>,
);
