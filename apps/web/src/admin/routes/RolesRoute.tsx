import { RolesPage } from '../../features/roles/components/RolesPage';
import { RequirePermission } from '../components/RequirePermission';

export function RolesRoute() {
  return (
    <RequirePermission permission="roles.read" title="Roles">
      <RolesPage />
    </RequirePermission>
  );
}
