import { PlannerApprovalsPage } from '../../features/planner/components/PlannerApprovalsPage';
import { RequirePermission } from '../components/RequirePermission';

export function PlannerApprovalsRoute() {
  return (
    <RequirePermission permission={['planner.certifications.approve', 'planner.timeoff.approve']} title="Approvals">
      <PlannerApprovalsPage />
    </RequirePermission>
  );
}
