import { Link } from 'react-router';
import { Button } from '../../ui/Button';
import { ADMIN_APP_URL } from './basename';
import { isInternal } from './portal-viewer-context';
import type { PortalViewer } from './portal-viewer.graphql';

interface Props {
  viewer: PortalViewer;
  onSignOut: () => void;
}

/** Brand, who is signed in, the way back to the admin app (internal users) and Sign out. */
export function PortalHeader({ viewer, onSignOut }: Props) {
  return (
    <header className="portal-header">
      <div className="portal-header__inner">
        <Link to="/" className="portal-header__brand">
          <span className="portal-header__logo" aria-hidden="true">
            <svg viewBox="0 0 32 32" width="20" height="20">
              <path d="M16 7l7 3v5c0 4.6-3 8.6-7 10-4-1.4-7-5.4-7-10v-5z" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinejoin="round" />
            </svg>
          </span>
          <span>
            Worker portal
            {viewer.tenant && <span className="portal-header__tenant">{viewer.tenant.name}</span>}
          </span>
        </Link>
        <div className="portal-header__actions">
          <span className="portal-header__name" data-testid="portal-user">
            {viewer.displayName}
          </span>
          {isInternal(viewer) && (
            // Another bundle: a full page load, not a client-side route.
            <a className="btn btn--ghost portal-header__admin" href={ADMIN_APP_URL}>
              Admin app
            </a>
          )}
          <Button variant="secondary" onClick={onSignOut}>
            Sign out
          </Button>
        </div>
      </div>
    </header>
  );
}
