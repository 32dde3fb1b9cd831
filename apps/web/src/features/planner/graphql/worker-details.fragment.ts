import { graphql } from '../../../gql';

/** A worker's own details as both sides show them: the scheduler's worker profile and the portal's My profile. */
export const WORKER_DETAILS_FIELDS = graphql(`
  fragment WorkerDetailsFields on WorkerDetails {
    firstName
    lastName
    phone
    address
    emergencyContactName
    emergencyContactPhone
    updatedAt
    updatedBy
  }
`);
