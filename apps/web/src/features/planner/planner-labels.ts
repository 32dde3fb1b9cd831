import type {
  CertificationStatus,
  OfferStatus,
  PayType,
  PlannerAffiliation,
  PlannerInviteStatus,
  ReportStatus,
  TimeOffStatus,
  UnavailabilitySource,
} from '../../gql/graphql';
import type { BadgeTone } from '../../ui/Badge';

interface Label {
  label: string;
  tone: BadgeTone;
  hint?: string;
}

export const AFFILIATION_LABELS: Record<PlannerAffiliation, string> = {
  INTERNAL: 'Internal',
  EXTERNAL: 'External',
};

export const INVITE_STATUS: Record<PlannerInviteStatus, Label> = {
  HOLDING: { label: 'Holding', tone: 'warning', hint: 'Created, cannot sign in yet; no email was sent' },
  INVITED: { label: 'Invited', tone: 'neutral', hint: 'A temporary password was emailed; no password chosen yet' },
  ACTIVE: { label: 'Active', tone: 'success', hint: 'Has chosen their own password' },
  INACTIVE: { label: 'Inactive', tone: 'muted', hint: 'Deactivated account' },
};

export const CERTIFICATION_STATUS: Record<CertificationStatus, Label> = {
  AWAITING_PROOF: { label: 'Awaiting proof', tone: 'muted', hint: 'No proof uploaded yet' },
  PENDING_REVIEW: { label: 'Pending review', tone: 'warning', hint: 'Proof uploaded; a scheduler has to review it' },
  APPROVED: { label: 'Approved', tone: 'success' },
  REJECTED: { label: 'Rejected', tone: 'danger', hint: 'The last proof was rejected; the worker can upload another' },
};

export const OFFER_STATUS: Record<OfferStatus, Label> = {
  OFFERED: { label: 'Offered', tone: 'neutral', hint: 'Waiting for an answer' },
  ACCEPTED: { label: 'Accepted', tone: 'success' },
  DECLINED: { label: 'Declined', tone: 'danger' },
  WITHDRAWN: { label: 'Withdrawn', tone: 'muted' },
};

export const TIME_OFF_STATUS: Record<TimeOffStatus, Label> = {
  PENDING: { label: 'Pending', tone: 'warning' },
  APPROVED: { label: 'Approved', tone: 'success' },
  REJECTED: { label: 'Rejected', tone: 'danger' },
  CANCELLED: { label: 'Cancelled', tone: 'muted' },
};

export const REPORT_STATUS: Record<ReportStatus, Label> = {
  SUBMITTED: { label: 'Submitted', tone: 'warning', hint: 'Waiting for review' },
  REVIEWED: { label: 'Reviewed', tone: 'success' },
};

export const UNAVAILABILITY_SOURCE: Record<UnavailabilitySource, string> = {
  BLOCKED: 'Blocked by the worker',
  TIME_OFF: 'Approved time off',
};

export const PAY_TYPE_LABELS: Record<PayType, string> = {
  HOURLY: 'Hourly',
  DAILY: 'Daily',
  SALARIED: 'Salaried',
};

/** 1 = Monday … 7 = Sunday, as the API numbers weekdays. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export const SKILL_LEVELS: Record<number, string> = {
  1: '1 · Novice',
  2: '2 · Basic',
  3: '3 · Competent',
  4: '4 · Proficient',
  5: '5 · Expert',
};
