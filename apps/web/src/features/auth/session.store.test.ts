import { describe, expect, it } from 'vitest';
import { createRefresher } from './refresh';
import { createSessionStore } from './session.store';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const later = '2026-03-01T13:00:00Z';

describe('session store', () => {
  it('starts signed out', () => {
    const store = createSessionStore(() => NOW);
    expect(store.get()).toBeNull();
    expect(store.getAccessToken()).toBeNull();
  });

  it('sign-out clears the token and notifies subscribers', () => {
    const store = createSessionStore(() => NOW);
    const seen: Array<string | null> = [];
    store.subscribe(() => seen.push(store.getAccessToken()));
    store.signIn({ accessToken: 'tok', expiresAt: later });
    store.signOut();
    expect(seen).toEqual(['tok', null]);
  });

  it('treats an expired token as signed out', () => {
    let now = NOW;
    const store = createSessionStore(() => now);
    store.signIn({ accessToken: 'tok', expiresAt: later });
    now = Date.parse(later) + 1;
    expect(store.getAccessToken()).toBeNull();
  });
});

describe('refresh', () => {
  function fakeServer(answer: unknown) {
    const calls: string[] = [];
    const fetchImpl = (async (_url: string, init?: RequestInit) => {
      calls.push(String(init?.body));
      await new Promise((resolve) => setTimeout(resolve, 5));
      return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    return { calls, fetchImpl };
  }

  it('shares one request among concurrent callers, since a refresh token works once', async () => {
    const store = createSessionStore(() => NOW);
    const server = fakeServer({ data: { refreshSession: { accessToken: 'fresh', expiresAt: later } } });
    const refresher = createRefresher(store, server.fetchImpl);
    expect(await Promise.all([refresher.refresh(), refresher.refresh(), refresher.refresh()])).toEqual([true, true, true]);
    expect(server.calls).toHaveLength(1);
    expect(store.getAccessToken()).toBe('fresh');
  });

  it('stays signed out when the server refuses', async () => {
    const store = createSessionStore(() => NOW);
    const server = fakeServer({ data: null, errors: [{ message: 'Your session has ended', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(await createRefresher(store, server.fetchImpl).refresh()).toBe(false);
    expect(store.getAccessToken()).toBeNull();
  });

  it('signs out on the server too', async () => {
    const store = createSessionStore(() => NOW);
    store.signIn({ accessToken: 'tok', expiresAt: later });
    const server = fakeServer({ data: { logout: true } });
    await createRefresher(store, server.fetchImpl).signOut();
    expect(server.calls[0]).toContain('logout');
    expect(store.getAccessToken()).toBeNull();
  });
});
