import { graphql } from '../../gql';
import type { PortalShiftFieldsFragment } from '../../gql/graphql';

export type PortalShift = PortalShiftFieldsFragment;

export const PORTAL_SHIFT_FIELDS = graphql(`
  fragment PortalShiftFields on PortalShift {
    id
    offerId
    title
    startsAt
    endsAt
    location
    requiredSkill {
      id
      name
    }
    notes
    status
    respondedAt
  }
`);

export const MY_SHIFTS_QUERY = graphql(`
  query MyShifts($includePast: Boolean! = false) {
    myShifts(includePast: $includePast) {
      ...PortalShiftFields
    }
  }
`);

export const ACCEPT_SHIFT_OFFER_MUTATION = graphql(`
  mutation AcceptShiftOffer($offerId: ID!) {
    acceptShiftOffer(offerId: $offerId) {
      ...PortalShiftFields
    }
  }
`);

export const DECLINE_SHIFT_OFFER_MUTATION = graphql(`
  mutation DeclineShiftOffer($offerId: ID!) {
    declineShiftOffer(offerId: $offerId) {
      ...PortalShiftFields
    }
  }
`);
