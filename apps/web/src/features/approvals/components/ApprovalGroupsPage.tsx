import { useCan } from '../../auth/viewer-context';
import { PageLayout } from '../../../ui/PageLayout';
import { ApprovalGroupsSection } from './ApprovalGroupsSection';
import { HolidayDelegationsSection } from './HolidayDelegationsSection';
import './approvals.css';

/** Settings → Approval groups: who approves together, and who approves in whose place while they are away. */
export function ApprovalGroupsPage() {
  const canUpdate = useCan('users.update');
  return (
    <PageLayout
      title="Approval groups"
      description="People who approve together, and who approves in someone's place while they are away. Deactivating a user takes them out of both."
    >
      <ApprovalGroupsSection canUpdate={canUpdate} />
      <HolidayDelegationsSection canUpdate={canUpdate} />
    </PageLayout>
  );
}
