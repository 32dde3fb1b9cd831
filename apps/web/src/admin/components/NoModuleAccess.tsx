import { EmptyState } from '../../ui/EmptyState';
import { useViewer } from '../../features/auth/viewer-context';
import { PageLayout } from '../../ui/PageLayout';

const lockIcon = (
  <svg viewBox="0 0 24 24" width="24" height="24">
    <rect x="5" y="11" width="14" height="9" rx="2" fill="none" stroke="currentColor" strokeWidth="1.8" />
    <path d="M8 11V8a4 4 0 018 0v3" fill="none" stroke="currentColor" strokeWidth="1.8" />
  </svg>
);

/** SPEC: a user with no module access can sign in but sees nothing — say so kindly. */
export function NoModuleAccess() {
  const viewer = useViewer();
  return (
    <PageLayout title="Welcome">
      <EmptyState title="You don't have access to any module yet" icon={lockIcon}>
        <p>
          Your account is active, but no module has been opened to you. Ask an administrator of your
          organisation to grant you access.
        </p>
        {viewer.portalStatus === 'OPEN' && (
          <p>
            Your shifts, availability and certifications are in the <a href="/portal">worker portal</a>.
          </p>
        )}
      </EmptyState>
    </PageLayout>
  );
}

/** The user has some modules, just not this one (e.g. a bookmarked link). */
export function NoPageAccess({ title }: { title: string }) {
  return (
    <PageLayout title={title}>
      <EmptyState title="You don't have access to this page" icon={lockIcon}>
        <p>Ask an administrator of your organisation if you need it.</p>
      </EmptyState>
    </PageLayout>
  );
}

/** Account pages of tenant users (own password, API tokens): the API refuses them to super admins. */
export function NotForSuperAdmins({ title }: { title: string }) {
  return (
    <PageLayout title={title}>
      <EmptyState title="Not available to platform super admins" icon={lockIcon}>
        <p>This page is about a tenant user's own account. Platform super admin accounts are managed on the platform.</p>
      </EmptyState>
    </PageLayout>
  );
}
