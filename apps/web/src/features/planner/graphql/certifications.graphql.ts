import { graphql } from '../../../gql';
import type { CertificationsToReviewQuery } from '../../../gql/graphql';

export type CertificationToReview = CertificationsToReviewQuery['certificationsToReview'][number];

export const CERTIFICATION_FIELDS = graphql(`
  fragment CertificationFields on Certification {
    id
    name
    expiresOn
    status
    valid
    expired
    reviewNote
    reviewedAt
    proofs {
      id
      fileName
      contentType
      sizeBytes
      uploadedAt
      downloadUrl
    }
  }
`);

export const CERTIFICATIONS_TO_REVIEW_QUERY = graphql(`
  query CertificationsToReview {
    certificationsToReview {
      ...CertificationFields
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
      ...CertificationFields
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
      ...CertificationFields
    }
  }
`);

export const REJECT_CERTIFICATION_MUTATION = graphql(`
  mutation RejectCertification($id: ID!, $reason: String!) {
    rejectCertification(id: $id, reason: $reason) {
      ...CertificationFields
    }
  }
`);
