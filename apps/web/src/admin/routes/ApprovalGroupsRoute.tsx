import { ApprovalGroupsPage } from '../../features/approvals/components/ApprovalGroupsPage';
import { RequirePermission } from '../components/RequirePermission';

export function ApprovalGroupsRoute() {
  return (
    <RequirePermission permission="users.read" title="Approval groups">
      <ApprovalGroupsPage />
    </RequirePermission>
  );
}
