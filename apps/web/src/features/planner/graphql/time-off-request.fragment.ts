import { graphql } from '../../../gql';

/** A time-off request as both sides show it; the scheduler's review list adds who asked (TimeOffFields). */
export const TIME_OFF_REQUEST_FIELDS = graphql(`
  fragment TimeOffRequestFields on TimeOffRequest {
    id
    startDate
    endDate
    reason
    status
    createdAt
    reviewedAt
    reviewNote
  }
`);
