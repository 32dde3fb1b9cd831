import { graphql } from '../../gql';
import type { MyCertificationsQuery } from '../../gql/graphql';

export type MyCertification = MyCertificationsQuery['myCertifications'][number];

/** CertificationFields is shared with the admin side (features/planner/graphql/certification.fragment.ts). */
export const MY_CERTIFICATIONS_QUERY = graphql(`
  query MyCertifications {
    myCertifications {
      ...CertificationFields
    }
  }
`);

export const UPLOAD_CERTIFICATION_PROOF_MUTATION = graphql(`
  mutation UploadCertificationProof($input: CertificationProofInput!) {
    uploadCertificationProof(input: $input) {
      ...CertificationFields
    }
  }
`);
