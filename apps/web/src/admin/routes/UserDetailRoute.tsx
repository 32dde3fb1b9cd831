import { UserDetailPage } from '../../features/users/components/UserDetailPage';
import { RequirePermission } from '../components/RequirePermission';

export function UserDetailRoute() {
  return (
    <RequirePermission permission="users.read" title="User">
      <UserDetailPage />
    </RequirePermission>
  );
}
