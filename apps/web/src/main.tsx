import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createApolloClient } from './apollo';
import { signInPath } from './features/auth/require-session.loader';
import { refresher } from './features/auth/refresh';
import { session } from './features/auth/session.store';
import { createRouter } from './router';
import './ui/ui.css';

const router = createRouter();

const client = createApolloClient({
  session,
  refresh: () => refresher.refresh(),
  onUnauthenticated: () => {
    void client.clearStore();
    const { pathname, search } = router.state.location;
    if (pathname !== '/login') void router.navigate(signInPath(pathname + search, 'expired'), { replace: true });
  },
});

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  </StrictMode>,
);
