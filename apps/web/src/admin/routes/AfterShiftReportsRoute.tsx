import { AfterShiftReportsPage } from '../../features/planner/components/AfterShiftReportsPage';
import { RequirePermission } from '../components/RequirePermission';

export function AfterShiftReportsRoute() {
  return (
    <RequirePermission permission="planner.reports.review" title="After-shift reports">
      <AfterShiftReportsPage />
    </RequirePermission>
  );
}
