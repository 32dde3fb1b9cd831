/** Where the portal lives; its routes are written relative to this. */
export const PORTAL_BASENAME = '/portal';

/** The admin app, for internal users (a full page load: it is another bundle). */
export const ADMIN_APP_URL = '/';

/** A browser path without the portal prefix, as the portal's router names it. */
export function withinPortal(pathname: string): string {
  if (pathname === PORTAL_BASENAME) return '/';
  return pathname.startsWith(`${PORTAL_BASENAME}/`) ? pathname.slice(PORTAL_BASENAME.length) : pathname;
}
