import { ChangePasswordPage } from '../../features/account/components/ChangePasswordPage';
import { RequirePermission } from '../components/RequirePermission';

export function ChangePasswordRoute() {
  return (
    <RequirePermission permission={null} tenantUsersOnly title="Change password">
      <ChangePasswordPage />
    </RequirePermission>
  );
}
