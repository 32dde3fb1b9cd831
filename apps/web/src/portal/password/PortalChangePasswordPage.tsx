import { ChangePasswordForm } from '../../features/account/components/ChangePasswordForm';
import { PortalPage } from '../shell/PortalPage';
import { usePortalViewer } from '../shell/portal-viewer-context';

/** Change Password: the admin app's form, with the portal's page frame. */
export function PortalChangePasswordPage() {
  const viewer = usePortalViewer();
  return (
    <PortalPage title="Change Password" description="Choose a new password for signing in.">
      <ChangePasswordForm
        username={viewer.username}
        doneMessage="You stay signed in here; your other sessions were signed out, so other devices need the new password."
      />
    </PortalPage>
  );
}
