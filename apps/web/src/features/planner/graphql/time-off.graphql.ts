import { graphql } from '../../../gql';
import type { TimeOffRequestsQuery } from '../../../gql/graphql';

export type TimeOffRow = TimeOffRequestsQuery['timeOffRequests'][number];

export const TIME_OFF_FIELDS = graphql(`
  fragment TimeOffFields on TimeOffRequest {
    ...TimeOffRequestFields
    worker {
      id
      displayName
      username
    }
  }
`);

export const TIME_OFF_REQUESTS_QUERY = graphql(`
  query TimeOffRequests($status: TimeOffStatus) {
    timeOffRequests(status: $status) {
      ...TimeOffFields
    }
  }
`);

export const APPROVE_TIME_OFF_MUTATION = graphql(`
  mutation ApproveTimeOff($id: ID!, $note: String) {
    approveTimeOff(id: $id, note: $note) {
      ...TimeOffFields
    }
  }
`);

export const REJECT_TIME_OFF_MUTATION = graphql(`
  mutation RejectTimeOff($id: ID!, $reason: String!) {
    rejectTimeOff(id: $id, reason: $reason) {
      ...TimeOffFields
    }
  }
`);
