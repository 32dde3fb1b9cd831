import { SuperAdminsPage } from '../../features/super-admins/components/SuperAdminsPage';
import { RequirePermission } from '../components/RequirePermission';

export function SuperAdminsRoute() {
  return (
    <RequirePermission permission={null} superAdmin title="Super admins">
      <SuperAdminsPage />
    </RequirePermission>
  );
}
