import { AuditLogPage } from '../../features/audit/components/AuditLogPage';
import { RequirePermission } from '../components/RequirePermission';

export function AuditRoute() {
  return (
    <RequirePermission permission="audit.read" title="Audit log">
      <AuditLogPage />
    </RequirePermission>
  );
}
