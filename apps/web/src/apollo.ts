import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { from, mergeMap, throwError } from 'rxjs';
import { SIGN_IN_OPERATION } from './features/auth/graphql/sign-in.mutation';
import type { SessionStore } from './features/auth/session.store';

export interface ApolloOptions {
  session: SessionStore;
  /** Renews the access token from the refresh cookie; resolves false when the session is gone. */
  refresh: () => Promise<boolean>;
  /** Called once per burst of UNAUTHENTICATED answers (missing or expired token). */
  onUnauthenticated: () => void;
  uri?: string;
  /** App-specific links between error handling and the request (the portal watches for its own refusals). */
  links?: ApolloLink[];
}

/** The server's stable error code (`extensions.code`), if the error carries one. */
export function errorCode(error: unknown): string | undefined {
  return errorDetails(error).code;
}

/** What the SPA needs from a failed operation: code, input field, reason, message, extras. */
export interface ErrorDetails {
  code?: string;
  /** Input path the message belongs next to (`extensions.field`), for BAD_USER_INPUT. */
  field?: string;
  /** Finer-grained code (`extensions.reason`), e.g. ROLE_CYCLE or PREREQUISITES_MISSING. */
  reason?: string;
  message: string;
  extensions: Record<string, unknown>;
}

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Reads the first GraphQL error (the server's typed errors), or says what else went wrong. */
export function errorDetails(error: unknown): ErrorDetails {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
    return {
      code: str(extensions.code),
      field: str(extensions.field),
      reason: str(extensions.reason),
      message: first?.message || 'The server refused the request.',
      extensions,
    };
  }
  if (ServerError.is(error)) {
    return { message: `The server answered ${error.statusCode}. Please try again.`, extensions: {} };
  }
  if (error instanceof Error && error.message) {
    return { message: error.message, extensions: {} };
  }
  return { message: 'Something went wrong. Please try again.', extensions: {} };
}

function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  }
  return ServerError.is(error) && error.statusCode === 401;
}

export function createApolloClient({ session, refresh, onUnauthenticated, uri = '/graphql', links = [] }: ApolloOptions) {
  const authLink = new SetContextLink((prevContext) => {
    const token = session.getAccessToken();
    if (!token) return {};
    return { headers: { ...prevContext.headers, Authorization: `Bearer ${token}` } };
  });

  const errorLink = new ErrorLink(({ error, operation, forward }) => {
    // A wrong password is also UNAUTHENTICATED; the sign-in form shows that message itself.
    if (operation.operationName === SIGN_IN_OPERATION || !isUnauthenticated(error)) return;
    const giveUp = () => {
      session.signOut();
      onUnauthenticated();
    };
    // The access token is short-lived: renew it once from the refresh cookie and try again.
    if (operation.getContext().retriedAfterRefresh) return giveUp();
    return from(refresh()).pipe(
      mergeMap((renewed) => {
        if (!renewed) {
          giveUp();
          return throwError(() => error);
        }
        operation.setContext({ retriedAfterRefresh: true });
        return forward(operation);
      }),
    );
  });

  return new ApolloClient({
    link: ApolloLink.from([errorLink, ...links, authLink, new HttpLink({ uri })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Catalogue entries are identified by their key; roles select different fields of them.
        Permission: { keyFields: ['key'] },
        Module: { keyFields: ['key'] },
        // One of each for the signed-in organisation: a save anywhere updates every view of it.
        TenantSettings: { keyFields: [] },
        PasswordPolicy: { keyFields: [] },
        Query: {
          fields: {
            // One list per filter and sort order; "Load more" appends the next cursor page to it.
            users: relayStylePagination(['filter', 'orderBy']),
            // One list per filter; "Load more" appends the next cursor page to it.
            auditEntries: relayStylePagination(['filter']),
            platformAuditEntries: relayStylePagination(['filter']),
          },
        },
      },
    }),
  });
}
