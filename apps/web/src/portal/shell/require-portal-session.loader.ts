import { redirect, type LoaderFunctionArgs } from 'react-router';
import { signInPath } from '../../features/auth/require-session.loader';
import { refresher } from '../../features/auth/refresh';
import { session } from '../../features/auth/session.store';
import { withinPortal } from './basename';

/**
 * Like the admin app's requireSession (a reload renews the token from the same refresh cookie, so
 * an admin-app session opens the portal too), but `?next=` is a portal path: the router adds
 * the basename to both the redirect and the later navigation.
 */
export async function requirePortalSession({ request }: LoaderFunctionArgs) {
  if (session.getAccessToken() || (await refresher.refresh())) return null;
  const url = new URL(request.url);
  throw redirect(signInPath(withinPortal(url.pathname) + url.search));
}
