import { session as appSession, type SessionStore } from './session.store';

const REFRESH = 'mutation RefreshSession { refreshSession { accessToken expiresAt } }';
const LOGOUT = 'mutation Logout { logout }';

/**
 * Gets a new access token from the httpOnly refresh cookie (the server rotates it). Concurrent
 * callers share one request, because a refresh token is single-use: two parallel refreshes would
 * look like a stolen token and end the session.
 */
export function createRefresher(session: SessionStore, fetchImpl: typeof fetch = (...args) => fetch(...args), uri = '/graphql') {
  let inFlight: Promise<boolean> | null = null;

  async function exchange(): Promise<boolean> {
    try {
      const response = await fetchImpl(uri, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: REFRESH, operationName: 'RefreshSession' }),
      });
      const body = (await response.json()) as { data?: { refreshSession?: { accessToken: string; expiresAt: string } } | null };
      const refreshed = body.data?.refreshSession;
      if (!refreshed) return false;
      session.signIn(refreshed);
      return true;
    } catch {
      return false;
    }
  }

  return {
    refresh(): Promise<boolean> {
      inFlight ??= exchange().finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
    /** Ends the session on the server (and its cookie), then forgets the token here. */
    async signOut(): Promise<void> {
      const token = session.getAccessToken();
      try {
        await fetchImpl(uri, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query: LOGOUT, operationName: 'Logout' }),
        });
      } catch {
        // Signed out here regardless; the server session then simply expires.
      }
      session.signOut();
    },
  };
}

export const refresher = createRefresher(appSession);
