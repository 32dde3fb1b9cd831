import { SessionsPage } from '../../features/account/components/SessionsPage';
import { RequirePermission } from '../components/RequirePermission';

export function SessionsRoute() {
  return (
    <RequirePermission permission={null} title="Sessions">
      <SessionsPage />
    </RequirePermission>
  );
}
