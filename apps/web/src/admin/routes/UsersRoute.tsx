import { UsersPage } from '../../features/users/components/UsersPage';
import { RequirePermission } from '../components/RequirePermission';

export function UsersRoute() {
  return (
    <RequirePermission permission="users.read" title="Users">
      <UsersPage />
    </RequirePermission>
  );
}
