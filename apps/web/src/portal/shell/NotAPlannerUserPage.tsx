import { Button } from '../../ui/Button';
import { ADMIN_APP_URL } from './basename';
import { PortalNotice } from './PortalNotice';

interface Props {
  internal: boolean;
  onSignOut: () => void;
}

/** Signed in, but not on the schedule: nothing in the portal is about this person. */
export function NotAPlannerUserPage({ internal, onSignOut }: Props) {
  return (
    <PortalNotice
      title="The worker portal is not set up for you"
      actions={
        <>
          {internal && (
            <a className="btn btn--primary" href={ADMIN_APP_URL}>
              Go to the admin app
            </a>
          )}
          <Button variant={internal ? 'ghost' : 'primary'} onClick={onSignOut}>
            Sign out
          </Button>
        </>
      }
    >
      <p>The portal is for people on the schedule, and your account is not one of them.</p>
      <p>If you should have shifts here, ask your scheduler to give you External Planner Access.</p>
    </PortalNotice>
  );
}
