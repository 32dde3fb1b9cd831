// Monaco needs its web workers wired up before any editor exists. These are Vite `?worker`
// imports, so the workers are bundled into this chunk's assets: nothing is fetched from a CDN.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { useQuery } from '@apollo/client/react';
import { GraphiQL } from 'graphiql';
import { useEffect, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ME_QUERY } from '../../auth/graphql/viewer.fragment';
import { session } from '../../auth/session.store';
import { Alert } from '../../../ui/Alert';
import { Loading } from '../../../ui/Loading';
import { createAuthenticatedFetcher, namespacedStorage } from '../graphiql-fetcher';
import './graphiql-page.css';

const DEFAULT_QUERY = `# Access GraphQL playground
#
# Queries run as you, with
# your permissions.
#
# Run: Ctrl+Enter (Cmd+Enter)

query WhoAmI {
  me {
    username
    displayName
    tenant {
      name
    }
    permissions
  }
}
`;

export function GraphiQLPage() {
  const [searchParams] = useSearchParams();
  const { data, error } = useQuery(ME_QUERY);
  const viewer = data?.me;
  const fetcher = useMemo(() => createAuthenticatedFetcher(session), []);
  // Tabs, variables and history are kept per user, so a shared browser does not show one
  // person's operations (variables may hold passwords) to the next.
  const storageKey = viewer ? `access:graphiql:${viewer.tenant?.slug ?? 'platform'}:${viewer.username}` : null;
  const storage = useMemo(() => (storageKey ? namespacedStorage(storageKey) : null), [storageKey]);
  // `?query=` opens that operation in a tab, so a query can be shared as a link.
  const initialQuery = searchParams.get('query') ?? undefined;

  useEffect(() => {
    document.title = 'GraphQL playground · Access';
  }, []);

  return (
    <div className="playground">
      <header className="playground__bar">
        {/* A full page load, so the app leaves the playground's looser style policy behind. */}
        <Link to="/" className="playground__back" reloadDocument>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path d="M10 3L5 8l5 5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          </svg>
          Back to Access
        </Link>
        <h1 className="playground__title">GraphQL playground</h1>
        {viewer && (
          <span className="playground__hint">
            Runs as {viewer.displayName} ({viewer.username}){viewer.tenant ? ` in ${viewer.tenant.name}` : ''}
          </span>
        )}
      </header>
      <div className="playground__ide">
        {storage ? (
          <GraphiQL
            key={storageKey}
            fetcher={fetcher}
            storage={storage}
            defaultQuery={DEFAULT_QUERY}
            initialQuery={initialQuery}
            shouldPersistHeaders={false}
            forcedTheme="light"
          />
        ) : error ? (
          <div className="center-message">
            <Alert title="The playground could not load your account">{error.message}</Alert>
          </div>
        ) : (
          <Loading label="Loading the playground…" />
        )}
      </div>
    </div>
  );
}
