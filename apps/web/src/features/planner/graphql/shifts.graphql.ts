import { graphql } from '../../../gql';
import type { ShiftDetailFieldsFragment, ShiftsQuery } from '../../../gql/graphql';

export type ShiftRow = ShiftsQuery['shifts'][number];
export type ShiftDetail = ShiftDetailFieldsFragment;

export const SHIFT_SUMMARY_FIELDS = graphql(`
  fragment ShiftSummaryFields on Shift {
    id
    title
    startsAt
    endsAt
    location
    headcount
    filled
    cancelledAt
    requiredSkill {
      id
      name
    }
  }
`);

export const SHIFT_DETAIL_FIELDS = graphql(`
  fragment ShiftDetailFields on Shift {
    ...ShiftSummaryFields
    notes
    offers {
      id
      status
      offeredAt
      respondedAt
      worker {
        id
        displayName
        username
      }
    }
  }
`);

export const SHIFTS_QUERY = graphql(`
  query Shifts($filter: ShiftFilter) {
    shifts(filter: $filter) {
      ...ShiftSummaryFields
    }
  }
`);

export const SHIFT_QUERY = graphql(`
  query Shift($id: ID!) {
    shift(id: $id) {
      ...ShiftDetailFields
    }
  }
`);

export const CREATE_SHIFT_MUTATION = graphql(`
  mutation CreateShift($input: CreateShiftInput!) {
    createShift(input: $input) {
      ...ShiftDetailFields
    }
  }
`);

export const CANCEL_SHIFT_MUTATION = graphql(`
  mutation CancelShift($id: ID!) {
    cancelShift(id: $id) {
      ...ShiftDetailFields
    }
  }
`);

export const OFFER_SHIFT_MUTATION = graphql(`
  mutation OfferShift($shiftId: ID!, $userIds: [ID!]!) {
    offerShift(shiftId: $shiftId, userIds: $userIds) {
      ...ShiftDetailFields
    }
  }
`);

export const ASSIGN_SHIFT_MUTATION = graphql(`
  mutation AssignShift($shiftId: ID!, $userId: ID!) {
    assignShift(shiftId: $shiftId, userId: $userId) {
      ...ShiftDetailFields
    }
  }
`);

export const WITHDRAW_SHIFT_OFFER_MUTATION = graphql(`
  mutation WithdrawShiftOffer($offerId: ID!) {
    withdrawShiftOffer(offerId: $offerId) {
      ...ShiftDetailFields
    }
  }
`);
