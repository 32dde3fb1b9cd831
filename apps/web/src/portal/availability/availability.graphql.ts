import { graphql } from '../../gql';
import type { MyAvailabilityQuery } from '../../gql/graphql';

export type UnavailableDay = MyAvailabilityQuery['myAvailability'][number];
export type TimeOffRequest = MyAvailabilityQuery['myTimeOffRequests'][number];

export const MY_AVAILABILITY_QUERY = graphql(`
  query MyAvailability {
    myAvailability {
      id
      date
      source
    }
    myTimeOffRequests {
      ...TimeOffRequestFields
    }
  }
`);

export const BLOCK_DAY_MUTATION = graphql(`
  mutation BlockDay($date: String!) {
    blockDay(date: $date) {
      id
      date
      source
    }
  }
`);

export const UNBLOCK_DAY_MUTATION = graphql(`
  mutation UnblockDay($id: ID!) {
    unblockDay(id: $id)
  }
`);

export const REQUEST_TIME_OFF_MUTATION = graphql(`
  mutation RequestTimeOff($input: TimeOffInput!) {
    requestTimeOff(input: $input) {
      id
      status
    }
  }
`);

export const CANCEL_TIME_OFF_REQUEST_MUTATION = graphql(`
  mutation CancelTimeOffRequest($id: ID!) {
    cancelTimeOffRequest(id: $id) {
      id
      status
    }
  }
`);
