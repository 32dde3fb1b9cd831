import { ShiftsPage } from '../../features/planner/components/ShiftsPage';
import { RequirePermission } from '../components/RequirePermission';

export function ShiftsRoute() {
  return (
    <RequirePermission permission="planner.shifts.read" title="Shifts">
      <ShiftsPage />
    </RequirePermission>
  );
}
