import { Link } from 'react-router';
import { useViewer } from '../../auth/viewer-context';
import { PageLayout } from '../../../ui/PageLayout';
import { ChangePasswordForm } from './ChangePasswordForm';

/** `/account/password` in the admin app. */
export function ChangePasswordPage() {
  const viewer = useViewer();
  return (
    <PageLayout title="Change password" description="Choose a new password for signing in to Access.">
      <ChangePasswordForm
        username={viewer.username}
        doneMessage={
          <>
            You stay signed in here; your other sessions were signed out, so other devices need the new password.
            API tokens keep working — revoke them on the <Link to="/account/api-tokens">API tokens</Link> page if they may be exposed.
          </>
        }
      />
    </PageLayout>
  );
}
