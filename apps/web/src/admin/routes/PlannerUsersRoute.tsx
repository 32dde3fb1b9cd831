import { PlannerUsersPage } from '../../features/planner/components/PlannerUsersPage';
import { RequirePermission } from '../components/RequirePermission';

export function PlannerUsersRoute() {
  return (
    <RequirePermission permission="planner.users.read" title="Planner Users">
      <PlannerUsersPage />
    </RequirePermission>
  );
}
