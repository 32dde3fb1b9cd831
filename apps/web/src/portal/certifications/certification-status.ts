import type { CertificationStatus } from '../../gql/graphql';
import type { BadgeTone } from '../../ui/Badge';

/** Badge and explanation per status, in the worker's words. */
export const CERTIFICATION_STATUS = {
  AWAITING_PROOF: { label: 'Awaiting proof', tone: 'warning', help: 'Upload a proof document so your scheduler can approve it.' },
  PENDING_REVIEW: { label: 'Pending review', tone: 'neutral', help: 'Your scheduler is reviewing your latest proof.' },
  APPROVED: { label: 'Approved', tone: 'success', help: 'Approved by your scheduler.' },
  REJECTED: { label: 'Rejected', tone: 'danger', help: 'Your last proof was rejected. Upload a new one.' },
} as const satisfies Record<CertificationStatus, { label: string; tone: BadgeTone; help: string }>;
