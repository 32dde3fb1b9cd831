import { redirect, type LoaderFunctionArgs } from 'react-router';
import { refresher } from './refresh';
import { session } from './session.store';

/** Builds the sign-in URL that returns to `next` afterwards. */
export function signInPath(next?: string, reason?: 'expired'): string {
  const params = new URLSearchParams();
  if (next && next !== '/' && !next.startsWith('/login')) params.set('next', next);
  if (reason) params.set('reason', reason);
  const query = params.toString();
  return query ? `/login?${query}` : '/login';
}

/** Route loader for everything behind sign-in: a reload renews the token from the refresh cookie. */
export async function requireSession({ request }: LoaderFunctionArgs) {
  if (session.getAccessToken() || (await refresher.refresh())) return null;
  const url = new URL(request.url);
  throw redirect(signInPath(url.pathname + url.search));
}

/** Route loader for pages that also speak to signed-out visitors: renews after a reload, never redirects. */
export async function restoreSession() {
  if (!session.getAccessToken()) await refresher.refresh();
  return null;
}

/** Only accepts same-app paths, so `?next=` cannot send anyone to another site. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return '/';
  return next;
}
