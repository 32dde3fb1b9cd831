import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import type { SessionStore } from '../auth/session.store';

/**
 * GraphiQL's fetcher, sending the signed-in user's token. The header is added per request (not
 * frozen at creation) so a new sign-in in another part of the app is picked up.
 */
export function createAuthenticatedFetcher(session: SessionStore, url = '/graphql'): Fetcher {
  const authenticatedFetch: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    const token = session.getAccessToken();
    // A header typed into GraphiQL's headers editor wins, so developers can try other tokens.
    if (token && !headers.has('Authorization')) headers.set('Authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };
  return createGraphiQLFetcher({ url, fetch: authenticatedFetch });
}

/** GraphiQL keeps tabs and history in localStorage; give ours a prefix of its own. */
export function namespacedStorage(namespace: string, backing: Storage = window.localStorage): Storage {
  const prefix = `${namespace}:`;
  const ownKeys = () => {
    const keys: string[] = [];
    for (let i = 0; i < backing.length; i++) {
      const key = backing.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    return keys;
  };
  return {
    get length() {
      return ownKeys().length;
    },
    key: (index) => ownKeys()[index]?.slice(prefix.length) ?? null,
    getItem: (key) => backing.getItem(prefix + key),
    setItem: (key, value) => backing.setItem(prefix + key, value),
    removeItem: (key) => backing.removeItem(prefix + key),
    clear: () => ownKeys().forEach((key) => backing.removeItem(key)),
  };
}
