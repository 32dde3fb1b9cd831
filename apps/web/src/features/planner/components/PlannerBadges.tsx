import type { CertificationStatus, OfferStatus, PlannerInviteStatus, ReportStatus, TimeOffStatus } from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import { CERTIFICATION_STATUS, INVITE_STATUS, OFFER_STATUS, REPORT_STATUS, TIME_OFF_STATUS } from '../planner-labels';

export const InviteStatusBadge = ({ status }: { status: PlannerInviteStatus }) => (
  <Badge tone={INVITE_STATUS[status].tone} title={INVITE_STATUS[status].hint}>
    {INVITE_STATUS[status].label}
  </Badge>
);

export const CertificationStatusBadge = ({ status }: { status: CertificationStatus }) => (
  <Badge tone={CERTIFICATION_STATUS[status].tone} title={CERTIFICATION_STATUS[status].hint}>
    {CERTIFICATION_STATUS[status].label}
  </Badge>
);

export const OfferStatusBadge = ({ status }: { status: OfferStatus }) => (
  <Badge tone={OFFER_STATUS[status].tone} title={OFFER_STATUS[status].hint}>
    {OFFER_STATUS[status].label}
  </Badge>
);

export const TimeOffStatusBadge = ({ status }: { status: TimeOffStatus }) => (
  <Badge tone={TIME_OFF_STATUS[status].tone}>{TIME_OFF_STATUS[status].label}</Badge>
);

export const ReportStatusBadge = ({ status }: { status: ReportStatus }) => (
  <Badge tone={REPORT_STATUS[status].tone} title={REPORT_STATUS[status].hint}>
    {REPORT_STATUS[status].label}
  </Badge>
);

/** Cancelled, filled (accepted offers reach the headcount) or still open. */
export function ShiftStateBadge({ shift }: { shift: { cancelledAt?: string | null; filled: number; headcount: number } }) {
  if (shift.cancelledAt) return <Badge tone="muted">Cancelled</Badge>;
  if (shift.filled >= shift.headcount) return <Badge tone="success">Filled</Badge>;
  return <Badge tone="warning">Open</Badge>;
}
