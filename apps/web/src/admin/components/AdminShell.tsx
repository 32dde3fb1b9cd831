import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { NavLink, Outlet, useNavigation } from 'react-router';
import { errorCode } from '../../apollo';
import { ME_QUERY } from '../../features/auth/graphql/viewer.fragment';
import { useSignOut } from '../../features/auth/hooks/use-sign-out';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { SuperAdminBanner } from '../../features/tenants/components/SuperAdminBanner';
import { navigationGroups } from '../modules';
import { ViewerContext } from '../../features/auth/viewer-context';
import { UserMenu } from './UserMenu';
import '../admin-shell.css';

/** The admin app frame: who and where you are, the modules you may open, and the page. */
export function AdminShell() {
  const { data, error, refetch } = useQuery(ME_QUERY);
  const navigation = useNavigation();
  const signOut = useSignOut();
  const portalOnly = data?.me.origin === 'external';
  useEffect(() => {
    // External workers have the portal only; the admin app would show them nothing.
    if (portalOnly) window.location.replace('/portal');
  }, [portalOnly]);

  if (!data) {
    // UNAUTHENTICATED never gets here: the error link has already sent the user to sign-in.
    if (error && errorCode(error) !== 'UNAUTHENTICATED') {
      return (
        <main className="center-message">
          <Alert
            title="Access could not load your account"
            action={
              <>
                <Button onClick={() => void refetch()}>Try again</Button>{' '}
                <Button variant="ghost" onClick={() => void signOut()}>
                  Sign out
                </Button>
              </>
            }
          >
            {error.message}
          </Alert>
        </main>
      );
    }
    return <Loading fullPage label="Loading your workspace…" />;
  }

  const viewer = data.me;
  if (portalOnly) {
    return <Loading fullPage label="Opening the worker portal…" />;
  }
  const groups = navigationGroups(viewer);
  const organisation = viewer.tenant?.name ?? 'Platform administration';
  const inTenantMode = viewer.isSuperAdmin && viewer.tenant;

  return (
    <ViewerContext value={viewer}>
      <div className="shell">
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <aside className="shell__sidebar">
          <div className="shell__brand">
            <span className="shell__logo" aria-hidden="true">
              <svg viewBox="0 0 32 32" width="20" height="20">
                <path
                  d="M16 7l7 3v5c0 4.6-3 8.6-7 10-4-1.4-7-5.4-7-10v-5z"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2.4"
                  strokeLinejoin="round"
                />
              </svg>
            </span>
            Access
          </div>
          {groups.length > 0 && (
            <nav className="shell__nav" aria-label="Modules">
              {groups.map(({ group, label, modules }) => (
                <div key={group} className="shell__nav-group">
                  <h2 className="shell__nav-heading" id={`nav-${group}`}>
                    {label}
                  </h2>
                  <ul aria-labelledby={`nav-${group}`}>
                    {modules.map((module) => (
                      <li key={module.id}>
                        {module.fullPageLink ? (
                          // Another entry of the web app (the worker portal), not a route of this one.
                          <a href={module.path} className="shell__nav-link">
                            {module.label}
                          </a>
                        ) : (
                          // `end`: the Permissions Manager is not "active" on the Reference page.
                          <NavLink to={module.path} end={module.id === 'permissions'} className="shell__nav-link">
                            {module.label}
                          </NavLink>
                        )}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </nav>
          )}
        </aside>
        <div className="shell__main">
          {inTenantMode && viewer.tenant && <SuperAdminBanner tenantName={viewer.tenant.name} />}
          <header className="shell__topbar">
            <div className="shell__tenant">
              <span className="shell__tenant-label">Organisation</span>
              <span className="shell__tenant-name" data-testid="tenant-name">
                {organisation}
              </span>
            </div>
            <UserMenu viewer={viewer} />
          </header>
          {navigation.state === 'loading' && <div className="shell__progress" role="progressbar" aria-label="Loading page" />}
          <main id="main" className="shell__content" tabIndex={-1}>
            <Outlet />
          </main>
        </div>
      </div>
    </ViewerContext>
  );
}
