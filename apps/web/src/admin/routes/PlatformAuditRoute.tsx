import { PlatformAuditPage } from '../../features/audit/components/PlatformAuditPage';
import { RequirePermission } from '../components/RequirePermission';

export function PlatformAuditRoute() {
  return (
    <RequirePermission permission={null} superAdmin title="Platform audit">
      <PlatformAuditPage />
    </RequirePermission>
  );
}
