import { ShiftDetailPage } from '../../features/planner/components/ShiftDetailPage';
import { RequirePermission } from '../components/RequirePermission';

export function ShiftDetailRoute() {
  return (
    <RequirePermission permission="planner.shifts.read" title="Shift">
      <ShiftDetailPage />
    </RequirePermission>
  );
}
