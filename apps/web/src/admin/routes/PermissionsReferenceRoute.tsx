import { PermissionsReferencePage } from '../../features/permissions/components/PermissionsReferencePage';
import { RequirePermission } from '../components/RequirePermission';

export function PermissionsReferenceRoute() {
  return (
    <RequirePermission permission={null} title="Permissions Reference">
      <PermissionsReferencePage />
    </RequirePermission>
  );
}
