import { TenantsPage } from '../../features/tenants/components/TenantsPage';
import { RequirePermission } from '../components/RequirePermission';

export function TenantsRoute() {
  return (
    <RequirePermission permission={null} superAdmin title="Tenants">
      <TenantsPage />
    </RequirePermission>
  );
}
