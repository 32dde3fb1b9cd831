import { ApiTokensPage } from '../../features/account/components/ApiTokensPage';
import { RequirePermission } from '../components/RequirePermission';

export function ApiTokensRoute() {
  return (
    <RequirePermission permission={null} tenantUsersOnly title="API tokens">
      <ApiTokensPage />
    </RequirePermission>
  );
}
