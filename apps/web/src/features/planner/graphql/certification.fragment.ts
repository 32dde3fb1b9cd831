import { graphql } from '../../../gql';

/**
 * A certification as both sides show it: the scheduler's worker profile and review queue, and the
 * worker's own list in the portal. The admin side adds the proofs' download links
 * (CertificationReviewFields); the portal does not fetch them.
 */
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
    }
  }
`);
