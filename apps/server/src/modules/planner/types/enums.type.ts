import { registerEnumType } from 'type-graphql';

/** GraphQL enums of the planner; their values are exactly what the database stores. */
export enum PlannerAffiliation {
  INTERNAL = 'INTERNAL',
  EXTERNAL = 'EXTERNAL',
}
registerEnumType(PlannerAffiliation, { name: 'PlannerAffiliation' });

export enum PlannerInviteStatus {
  HOLDING = 'HOLDING',
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
}
registerEnumType(PlannerInviteStatus, {
  name: 'PlannerInviteStatus',
  valuesConfig: {
    HOLDING: { description: 'Created, cannot sign in yet, no email sent (Hold Invite on).' },
    INVITED: { description: 'Activate & Invite sent a temporary password; no password chosen yet.' },
    ACTIVE: { description: 'Has chosen their own password.' },
    INACTIVE: { description: 'Deactivated account.' },
  },
});

export enum CertificationStatus {
  AWAITING_PROOF = 'AWAITING_PROOF',
  PENDING_REVIEW = 'PENDING_REVIEW',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(CertificationStatus, {
  name: 'CertificationStatus',
  valuesConfig: {
    AWAITING_PROOF: { description: 'Assigned; no proof uploaded yet.' },
    PENDING_REVIEW: { description: 'Proof uploaded; a scheduler has to review it.' },
    REJECTED: { description: 'The last proof was rejected; the worker can upload another.' },
  },
});

export enum PayType {
  HOURLY = 'HOURLY',
  DAILY = 'DAILY',
  SALARIED = 'SALARIED',
}
registerEnumType(PayType, { name: 'PayType' });

export enum OfferStatus {
  OFFERED = 'OFFERED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(OfferStatus, { name: 'OfferStatus' });

export enum ReportStatus {
  SUBMITTED = 'SUBMITTED',
  REVIEWED = 'REVIEWED',
}
registerEnumType(ReportStatus, { name: 'ReportStatus' });

export enum TimeOffStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(TimeOffStatus, { name: 'TimeOffStatus' });

export enum UnavailabilitySource {
  BLOCKED = 'BLOCKED',
  TIME_OFF = 'TIME_OFF',
}
registerEnumType(UnavailabilitySource, {
  name: 'UnavailabilitySource',
  valuesConfig: {
    BLOCKED: { description: 'Blocked by the worker in My Availability.' },
    TIME_OFF: { description: 'An approved time-off request.' },
  },
});
