import { useQuery } from '@apollo/client/react';
import { Outlet, useNavigation } from 'react-router';
import { errorCode } from '../../apollo';
import { useSignOut } from '../../features/auth/hooks/use-sign-out';
import type { PortalStatus } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { HoldingPage } from './HoldingPage';
import { NotAPlannerUserPage } from './NotAPlannerUserPage';
import { portalAccess, usePortalRefusal, type PortalRefusal } from './portal-access';
import { PORTAL_VIEWER_QUERY } from './portal-viewer.graphql';
import { isInternal, PortalViewerContext } from './portal-viewer-context';
import { PortalHeader } from './PortalHeader';
import './portal-shell.css';
import './portal-content.css';

/** A refusal the API gave since the viewer was loaded overrides the status loaded with it. */
function effectiveStatus(loaded: PortalStatus, refusal: PortalRefusal | null): PortalStatus {
  if (refusal === 'PORTAL_ACCESS_OFF') return 'ACCESS_OFF';
  if (refusal === 'NOT_A_PLANNER_USER') return 'NOT_A_PLANNER_USER';
  return loaded;
}

/** The portal frame: header, then the page, or the holding page when the portal is closed to the viewer. */
export function PortalShell() {
  const { data, error, refetch } = useQuery(PORTAL_VIEWER_QUERY, { fetchPolicy: 'cache-and-network' });
  const refusal = usePortalRefusal();
  const navigation = useNavigation();
  const signOut = useSignOut();
  const leave = () => {
    portalAccess.clear();
    void signOut();
  };

  if (!data) {
    // UNAUTHENTICATED never gets here: the error link has already sent the person to sign-in.
    if (error && errorCode(error) !== 'UNAUTHENTICATED') {
      return (
        <main className="center-message">
          <Alert
            title="The portal could not load your account"
            action={
              <>
                <Button onClick={() => void refetch()}>Try again</Button>{' '}
                <Button variant="ghost" onClick={leave}>
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
    return <Loading fullPage label="Loading your portal…" />;
  }

  const viewer = data.me;
  const status = effectiveStatus(viewer.portalStatus, refusal);
  const checkAgain = () => {
    portalAccess.clear();
    void refetch();
  };

  return (
    <PortalViewerContext value={viewer}>
      <div className="portal">
        <a className="portal-skip-link" href="#main">
          Skip to content
        </a>
        <PortalHeader viewer={viewer} onSignOut={leave} />
        {navigation.state === 'loading' && <div className="portal__progress" role="progressbar" aria-label="Loading page" />}
        <main id="main" className="portal__main" tabIndex={-1}>
          {status === 'OPEN' ? (
            <Outlet />
          ) : status === 'ACCESS_OFF' ? (
            <HoldingPage internal={isInternal(viewer)} onCheckAgain={checkAgain} onSignOut={leave} />
          ) : (
            <NotAPlannerUserPage internal={isInternal(viewer)} onSignOut={leave} />
          )}
        </main>
      </div>
    </PortalViewerContext>
  );
}
