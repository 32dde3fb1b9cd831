import { RoleDetailPage } from '../../features/roles/components/RoleDetailPage';
import { RequirePermission } from '../components/RequirePermission';

export function RoleDetailRoute() {
  return (
    <RequirePermission permission="roles.read" title="Role">
      <RoleDetailPage />
    </RequirePermission>
  );
}
