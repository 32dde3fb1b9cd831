import { graphql } from '../../../gql';
import type { ApprovalGroupFieldsFragment, HolidayDelegationFieldsFragment } from '../../../gql/graphql';

export type ApprovalGroupItem = ApprovalGroupFieldsFragment;
export type HolidayDelegationItem = HolidayDelegationFieldsFragment;

/** What the page shows of a group; every group mutation returns it, so the cache updates the row. */
export const APPROVAL_GROUP_FIELDS = graphql(`
  fragment ApprovalGroupFields on ApprovalGroup {
    id
    name
    memberCount
    members {
      id
      displayName
      username
    }
  }
`);

export const HOLIDAY_DELEGATION_FIELDS = graphql(`
  fragment HolidayDelegationFields on HolidayDelegation {
    id
    startsOn
    endsOn
    status
    delegatorId
    delegateId
    delegator {
      id
      displayName
    }
    delegate {
      id
      displayName
    }
  }
`);

export const APPROVAL_GROUPS_QUERY = graphql(`
  query ApprovalGroups {
    approvalGroups {
      ...ApprovalGroupFields
    }
  }
`);

export const HOLIDAY_DELEGATIONS_QUERY = graphql(`
  query HolidayDelegations($filter: HolidayDelegationFilter) {
    holidayDelegations(filter: $filter) {
      ...HolidayDelegationFields
    }
  }
`);

export const CREATE_APPROVAL_GROUP_MUTATION = graphql(`
  mutation CreateApprovalGroup($input: CreateApprovalGroupInput!) {
    createApprovalGroup(input: $input) {
      ...ApprovalGroupFields
    }
  }
`);

export const RENAME_APPROVAL_GROUP_MUTATION = graphql(`
  mutation RenameApprovalGroup($id: ID!, $name: String!) {
    renameApprovalGroup(id: $id, name: $name) {
      ...ApprovalGroupFields
    }
  }
`);

export const DELETE_APPROVAL_GROUP_MUTATION = graphql(`
  mutation DeleteApprovalGroup($id: ID!) {
    deleteApprovalGroup(id: $id)
  }
`);

export const ADD_APPROVAL_GROUP_MEMBERS_MUTATION = graphql(`
  mutation AddApprovalGroupMembers($groupId: ID!, $userIds: [ID!]!) {
    addApprovalGroupMembers(groupId: $groupId, userIds: $userIds) {
      ...ApprovalGroupFields
    }
  }
`);

export const REMOVE_APPROVAL_GROUP_MEMBER_MUTATION = graphql(`
  mutation RemoveApprovalGroupMember($groupId: ID!, $userId: ID!) {
    removeApprovalGroupMember(groupId: $groupId, userId: $userId) {
      ...ApprovalGroupFields
    }
  }
`);

export const CREATE_HOLIDAY_DELEGATION_MUTATION = graphql(`
  mutation CreateHolidayDelegation($input: CreateHolidayDelegationInput!) {
    createHolidayDelegation(input: $input) {
      ...HolidayDelegationFields
    }
  }
`);

export const REMOVE_HOLIDAY_DELEGATION_MUTATION = graphql(`
  mutation RemoveHolidayDelegation($id: ID!) {
    removeHolidayDelegation(id: $id)
  }
`);
