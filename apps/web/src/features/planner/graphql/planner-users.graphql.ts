import { graphql } from '../../../gql';
import type { PlannerUsersQuery } from '../../../gql/graphql';

export type PlannerUserRow = PlannerUsersQuery['plannerUsers']['edges'][number]['node'];

export const PLANNER_USERS_PAGE_SIZE = 25;

export const PLANNER_USER_FIELDS = graphql(`
  fragment PlannerUserFields on PlannerUser {
    id
    username
    displayName
    firstName
    lastName
    email
    phone
    jobTitle
    affiliation
    inviteStatus
    portalAccess
    lastLoginAt
  }
`);

export const PLANNER_USERS_QUERY = graphql(`
  query PlannerUsers($first: Int!, $after: String, $filter: PlannerUserFilter) {
    plannerUsers(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          ...PlannerUserFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ADD_EXTERNAL_PLANNER_USER_MUTATION = graphql(`
  mutation AddExternalPlannerUser($input: AddExternalPlannerUserInput!) {
    addExternalPlannerUser(input: $input) {
      ...PlannerUserFields
    }
  }
`);

export const ACTIVATE_AND_INVITE_MUTATION = graphql(`
  mutation ActivateAndInvite($userId: ID!) {
    activateAndInvite(userId: $userId) {
      ...PlannerUserFields
    }
  }
`);
