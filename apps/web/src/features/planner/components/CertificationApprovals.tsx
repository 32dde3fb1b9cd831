import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { errorDetails } from '../../../apollo';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Loading } from '../../../ui/Loading';
import { CERTIFICATIONS_TO_REVIEW_QUERY } from '../graphql/certifications.graphql';
import { CertificationCard } from './CertificationCard';
import { CertificationReviewActions } from './CertificationReviewActions';

/** Certifications with a proof waiting for review, oldest upload first. */
export function CertificationApprovals() {
  const { data, error, refetch } = useQuery(CERTIFICATIONS_TO_REVIEW_QUERY, { fetchPolicy: 'cache-and-network' });
  const waiting = data?.certificationsToReview;
  return (
    <section className="stack planner-section" aria-labelledby="cert-approvals">
      <h2 className="planner-section-title" id="cert-approvals">
        Certification proofs{waiting ? ` (${waiting.length})` : ''}
      </h2>
      {error && (
        <Alert title="Could not load certifications to review" action={<Button onClick={() => void refetch()}>Try again</Button>}>
          {errorDetails(error).message}
        </Alert>
      )}
      {!waiting && !error && <Loading label="Loading certifications…" />}
      {waiting?.length === 0 && <p className="muted">No proof is waiting for review.</p>}
      {waiting?.map((certification) => (
        <CertificationCard
          key={certification.id}
          certification={certification}
          subtitle={<Link to={`/planner/users/${certification.worker.id}?tab=certifications`}>{certification.worker.displayName}</Link>}
          actions={<CertificationReviewActions certification={certification} workerName={certification.worker.displayName} />}
        />
      ))}
    </section>
  );
}
