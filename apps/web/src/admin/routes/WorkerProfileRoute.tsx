import { WorkerProfilePage } from '../../features/planner/components/WorkerProfilePage';
import { RequirePermission } from '../components/RequirePermission';

export function WorkerProfileRoute() {
  return (
    <RequirePermission permission="planner.users.read" title="Worker profile">
      <WorkerProfilePage />
    </RequirePermission>
  );
}
