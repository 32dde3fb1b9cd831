import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Button } from '../../../ui/Button';
import { APPROVE_CERTIFICATION_MUTATION, REJECT_CERTIFICATION_MUTATION } from '../graphql/certifications.graphql';
import { ReviewDialog } from './ReviewDialog';

export interface CertificationReviewActionsProps {
  certification: { id: string; name: string };
  workerName: string;
}

/** Approve (the certification then counts) or reject with a reason (the worker can upload again). */
export function CertificationReviewActions({ certification, workerName }: CertificationReviewActionsProps) {
  const [open, setOpen] = useState<'approve' | 'reject' | null>(null);
  // Both answers leave the review queue; the profile shows the new status through the cache.
  const refetchQueries = ['CertificationsToReview'];
  const [approve] = useMutation(APPROVE_CERTIFICATION_MUTATION, { refetchQueries });
  const [reject] = useMutation(REJECT_CERTIFICATION_MUTATION, { refetchQueries });
  const label = `${certification.name} of ${workerName}`;

  return (
    <>
      <Button variant="primary" onClick={() => setOpen('approve')} aria-label={`Approve ${label}`}>
        Approve
      </Button>
      <Button variant="danger" onClick={() => setOpen('reject')} aria-label={`Reject ${label}`}>
        Reject
      </Button>
      {open === 'approve' && (
        <ReviewDialog
          title={`Approve ${certification.name}?`}
          noteLabel="Note to the worker"
          confirmLabel="Approve"
          onSubmit={(note) => approve({ variables: { id: certification.id, note } })}
          onClose={() => setOpen(null)}
        >
          <p>
            Once approved, {workerName}'s {certification.name} counts as valid until it expires.
          </p>
        </ReviewDialog>
      )}
      {open === 'reject' && (
        <ReviewDialog
          title={`Reject ${certification.name}?`}
          noteLabel="Reason"
          noteRequired
          confirmLabel="Reject"
          confirmVariant="danger"
          onSubmit={(reason) => reject({ variables: { id: certification.id, reason: reason ?? '' } })}
          onClose={() => setOpen(null)}
        >
          <p>{workerName} is told the reason and can upload another proof.</p>
        </ReviewDialog>
      )}
    </>
  );
}
