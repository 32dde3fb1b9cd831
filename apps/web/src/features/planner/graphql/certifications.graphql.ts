import { graphql } from '../../../gql';
import type { CertificationsToReviewQuery } from '../../../gql/graphql';

export type CertificationToReview = CertificationsToReviewQuery['certificationsToReview'][number];

/** A certification with a download link per proof, for the scheduler who reviews them. */
export const CERTIFICATION_REVIEW_FIELDS = graphql(`
  fragment CertificationReviewFields on Certification {
    ...CertificationFields
    proofs {
      id
      downloadUrl
    }
  }
`);

export const CERTIFICATIONS_TO_REVIEW_QUERY = graphql(`
  query CertificationsToReview {
    certificationsToReview {
      ...CertificationReviewFields
      worker {
        id
        displayName
        username
      }
    }
  }
`);

export const ASSIGN_CERTIFICATION_MUTATION = graphql(`
  mutation AssignCertification($userId: ID!, $name: String!, $expiresOn: String) {
    assignCertification(userId: $userId, name: $name, expiresOn: $expiresOn) {
      ...CertificationReviewFields
    }
  }
`);

export const REMOVE_CERTIFICATION_MUTATION = graphql(`
  mutation RemoveCertification($id: ID!) {
    removeCertification(id: $id) {
      ...WorkerProfileFields
    }
  }
`);

export const APPROVE_CERTIFICATION_MUTATION = graphql(`
  mutation ApproveCertification($id: ID!, $note: String) {
    approveCertification(id: $id, note: $note) {
      ...CertificationReviewFields
    }
  }
`);

export const REJECT_CERTIFICATION_MUTATION = graphql(`
  mutation RejectCertification($id: ID!, $reason: String!) {
    rejectCertification(id: $id, reason: $reason) {
      ...CertificationReviewFields
    }
  }
`);
