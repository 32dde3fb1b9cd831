import { PermissionsManagerPage } from '../../features/permissions/components/PermissionsManagerPage';
import { RequirePermission } from '../components/RequirePermission';

export function PermissionsManagerRoute() {
  return (
    <RequirePermission permission="roles.read" title="Permissions Manager">
      <PermissionsManagerPage />
    </RequirePermission>
  );
}
