import { graphql } from '../../gql';
import type { MyCertificationsQuery } from '../../gql/graphql';

export type MyCertification = MyCertificationsQuery['myCertifications'][number];

export const MY_CERTIFICATION_FIELDS = graphql(`
  fragment MyCertificationFields on Certification {
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

export const MY_CERTIFICATIONS_QUERY = graphql(`
  query MyCertifications {
    myCertifications {
      ...MyCertificationFields
    }
  }
`);

export const UPLOAD_CERTIFICATION_PROOF_MUTATION = graphql(`
  mutation UploadCertificationProof($input: CertificationProofInput!) {
    uploadCertificationProof(input: $input) {
      ...MyCertificationFields
    }
  }
`);
