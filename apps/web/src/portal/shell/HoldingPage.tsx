import { Button } from '../../ui/Button';
import { ADMIN_APP_URL } from './basename';
import { PortalNotice } from './PortalNotice';

interface Props {
  internal: boolean;
  onCheckAgain: () => void;
  onSignOut: () => void;
}

/** External Portal Access is off: the record stays, the portal waits. */
export function HoldingPage({ internal, onCheckAgain, onSignOut }: Props) {
  return (
    <PortalNotice
      title="Your portal access is paused"
      actions={
        <>
          <Button variant="primary" onClick={onCheckAgain}>
            Check again
          </Button>
          {internal && (
            <a className="btn btn--secondary" href={ADMIN_APP_URL}>
              Go to the admin app
            </a>
          )}
          <Button variant="ghost" onClick={onSignOut}>
            Sign out
          </Button>
        </>
      }
    >
      <p>Contact your scheduler to have it turned back on.</p>
      <p>Your shifts, details and history are kept. Once your scheduler turns access back on, the portal opens here again.</p>
    </PortalNotice>
  );
}
