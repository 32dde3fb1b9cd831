import { useState } from 'react';
import { errorDetails } from '../../../apollo';
import { Button } from '../../../ui/Button';
import { useTenantMode } from '../hooks/use-tenant-mode';
import './tenants.css';

/** Always on top while a super admin acts inside a tenant: nobody should forget they are there. */
export function SuperAdminBanner({ tenantName }: { tenantName: string }) {
  const { leave, leaving } = useTenantMode();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="sa-banner" role="region" aria-label="Super Admin Active mode">
      <svg className="sa-banner__icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
        <path d="M10 2l7 3v5c0 4-3 7-7 8-4-1-7-4-7-8V5z" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinejoin="round" />
        <path d="M10 6.5v4.5M10 13.5v.01" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      <p className="sa-banner__text">
        <strong>Super Admin Active mode in {tenantName}</strong> — every action is audited under your name
        {error && <span className="sa-banner__error"> · Could not leave: {error}</span>}
      </p>
      <Button
        className="sa-banner__leave"
        pending={leaving}
        onClick={() => {
          setError(null);
          leave().catch((caught: unknown) => setError(errorDetails(caught).message));
        }}
      >
        Leave
      </Button>
    </div>
  );
}
