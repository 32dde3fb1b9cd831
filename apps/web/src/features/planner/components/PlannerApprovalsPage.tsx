import { useCan } from '../../auth/viewer-context';
import { PageLayout } from '../../../ui/PageLayout';
import { CertificationApprovals } from './CertificationApprovals';
import { TimeOffApprovals } from './TimeOffApprovals';
import './planner.css';

/** Planner → Approvals: certification proofs and time-off requests, each for who may decide it. */
export function PlannerApprovalsPage() {
  const certifications = useCan('planner.certifications.approve');
  const timeOff = useCan('planner.timeoff.approve');
  return (
    <PageLayout title="Approvals" description="Certification proofs waiting for review and time-off requests.">
      {certifications && <CertificationApprovals />}
      {timeOff && <TimeOffApprovals />}
    </PageLayout>
  );
}
