import { graphql } from '../../../gql';
import type { WorkerProfileFieldsFragment } from '../../../gql/graphql';

export type WorkerProfile = WorkerProfileFieldsFragment;
export type WorkerCertification = WorkerProfile['certifications'][number];

/**
 * Everything the worker profile shows. A WorkerProfile has no id of its own, so every mutation
 * below returns this same selection and the page writes it back into the query
 * (hooks/use-profile-mutation.ts) instead of refetching.
 */
export const WORKER_PROFILE_FIELDS = graphql(`
  fragment WorkerProfileFields on WorkerProfile {
    user {
      ...PlannerUserFields
    }
    details {
      ...WorkerDetailsFields
    }
    compensation {
      payType
      rate
      currency
    }
    skills {
      skill {
        id
        name
      }
      level
      selfRating
      selfRatedAt
    }
    certifications {
      ...CertificationReviewFields
    }
    workingHours {
      ...WorkingHoursFields
    }
    restrictions
    unavailableDays {
      id
      date
      source
    }
  }
`);

export const WORKER_PROFILE_QUERY = graphql(`
  query WorkerProfile($userId: ID!) {
    workerProfile(userId: $userId) {
      ...WorkerProfileFields
    }
  }
`);

export const UPDATE_WORKER_DETAILS_MUTATION = graphql(`
  mutation UpdateWorkerDetails($userId: ID!, $input: WorkerDetailsInput!) {
    updateWorkerDetails(userId: $userId, input: $input) {
      ...WorkerProfileFields
    }
  }
`);

export const SET_COMPENSATION_MUTATION = graphql(`
  mutation SetCompensation($userId: ID!, $input: CompensationInput!) {
    setCompensation(userId: $userId, input: $input) {
      ...WorkerProfileFields
    }
  }
`);

export const SET_WORKING_HOURS_MUTATION = graphql(`
  mutation SetWorkingHours($userId: ID!, $input: WorkingHoursInput!) {
    setWorkingHours(userId: $userId, input: $input) {
      ...WorkerProfileFields
    }
  }
`);

export const SET_RESTRICTIONS_MUTATION = graphql(`
  mutation SetRestrictions($userId: ID!, $restrictions: [String!]!) {
    setRestrictions(userId: $userId, restrictions: $restrictions) {
      ...WorkerProfileFields
    }
  }
`);
