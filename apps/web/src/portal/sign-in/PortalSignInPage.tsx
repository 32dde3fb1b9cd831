import { useEffect } from 'react';
import { SignInPage } from '../../features/auth/components/SignInPage';
import { portalAccess } from '../shell/portal-access';

/** The admin app's sign-in flow (temporary password, two-step verification) in the portal's words. */
export function PortalSignInPage() {
  // Whoever signs in next starts from what the API says about them, not the last person's refusal.
  useEffect(() => portalAccess.clear(), []);
  return (
    <SignInPage
      lead="Your shifts, availability and details, in the worker portal."
      usernameLabel="Username or email"
      tenantHint="The organisation named in your sign-in email."
      externalWorkerHome={null}
    />
  );
}
